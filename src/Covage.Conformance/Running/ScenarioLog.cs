using Reqnroll;

namespace Covage.Conformance.Running;

/// <summary>
/// The evidence a scenario's drivers record (each request, response and control call), per
/// scenario. The kit's reports take it step by step. In a team's own Reqnroll project it also goes
/// to Reqnroll's output as it comes, so their Cucumber reports show it under its step; the kit's
/// runner writes only the evidence of failing scenarios there (<see cref="StepRecorder"/>), which
/// keeps its Cucumber reports small and the run fast.
/// </summary>
internal sealed class ScenarioLog(IReqnrollOutputHelper? output)
{
    private readonly List<Attachment> _attachments = [];
    private readonly Lock _gate = new();

    /// <summary>Whether each attachment also goes to Reqnroll's output at once (the kit's runner turns it off).</summary>
    public bool ToOutput { get; set; } = true;

    /// <summary>Records something for the reports; it belongs to the step running now (hooks: the first or last step).</summary>
    public void Attach(string name, string mediaType, string content)
    {
        lock (_gate)
        {
            _attachments.Add(new Attachment(name, mediaType, content));
        }

        if (ToOutput)
        {
            output?.WriteLine(Text(new Attachment(name, mediaType, content)));
        }
    }

    /// <summary>How an attachment reads in Reqnroll's output.</summary>
    public static string Text(Attachment attachment) => $"{attachment.Name}:\n{attachment.Content}";

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
