namespace Covage.Bdd.Tests.Running;

public sealed class ScenarioContextTests
{
    private readonly ScenarioContext _context = new(new ScenarioCase("x.feature:3", "s", "F", "x.feature", 3, ["@a"], [], null));

    [Fact]
    public void Get_ValueStoredByTypeOrKey_ComesBack()
    {
        _context.Set(42);
        _context.Set("order", "uuid-1");
        _context.Set("other", "uuid-2");

        Assert.Equal(42, _context.Get<int>());
        Assert.Equal("uuid-1", _context.Get<string>("order"));
        Assert.Equal("uuid-2", _context.Get<string>("other"));
        Assert.False(_context.TryGet<string>(out _));
        Assert.Equal(["@a"], _context.Tags);
    }

    [Fact]
    public void Get_Missing_ThrowsNamingTypeAndKey()
    {
        var error = Assert.Throws<InvalidOperationException>(() => _context.Get<string>("order"));

        Assert.Contains("No String 'order'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void TakeAttachments_ReturnsWhatWasAttachedOnce()
    {
        _context.Attach("request", "application/json", "{}");
        _context.Log("hello");

        Assert.Equal([new Attachment("request", "application/json", "{}"), new Attachment("log", "text/plain", "hello")], _context.TakeAttachments());
        Assert.Empty(_context.TakeAttachments());
    }
}
