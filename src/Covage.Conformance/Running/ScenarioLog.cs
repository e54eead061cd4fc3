using Reqnroll;

namespace Covage.Conformance.Running;

/// <summary>
/// The evidence a scenario's drivers record (each request, response and control call), per
/// scenario. The kit's reports take it step by step; it also goes to Reqnroll's output, so the
/// standard Cucumber reports show it under its step, in the kit's runner and in a team's own project.
/// </summary>
internal sealed class ScenarioLog(IReqnrollOutputHelper? output)
{
    private readonly List<Attachment> _attachments = [];
    private readonly Lock _gate = new();

    /// <summary>Records something for the reports; it belongs to the step running now (hooks: the first or last step).</summary>
    public void Attach(string name, string mediaType, string content)
    {
        lock (_gate)
        {
            _attachments.Add(new Attachment(name, mediaType, content));
        }

        output?.WriteLine($"{name}:\n{content}");
    }

    /// <summary>Removes and returns what was attached since the last call.</summary>
    public IReadOnlyList<Attachment> TakeAttachments()
    {
        lock (_gate)
        {
            if (_attachments.Count == 0)
            {
                return [];
            }

            var taken = _attachments.ToArray();
            _attachments.Clear();
            return taken;
        }
    }
}
