using Covage.Provider.Domain.Rules;

namespace Covage.Provider.Tests.Domain.Rules;

public sealed class OtpPatternTests
{
    [Theory]
    [InlineData("FI-1234-4234", true)]
    [InlineData("FIE-2523-4523", true)]
    [InlineData("F1-abcd-EFGH", true)]
    [InlineData("123-aB3d-0000", true)]
    [InlineData("fi-1234-4234", false)]
    [InlineData("F-1234-4234", false)]
    [InlineData("FIEX-1234-4234", false)]
    [InlineData("FI-123-4234", false)]
    [InlineData("FI-1234-42345", false)]
    [InlineData("FI_1234_4234", false)]
    [InlineData("FI-1234-4234\n", false)]
    [InlineData(" FI-1234-4234", false)]
    [InlineData("", false)]
    public void IsValid_FollowsThePublishedPatterns(string reference, bool valid) =>
        Assert.Equal(valid, OtpPattern.IsValid(reference));
}
