using System.Text;
using Reqnroll;

namespace Covage.Conformance.Running;

/// <summary>What the reports say about an exception, decided by its type.</summary>
internal static class ErrorText
{
    /// <summary>
    /// The kit's check failures (<see cref="ConformanceException"/>), not-applicable reasons and
    /// Reqnroll's binding errors speak for themselves; anything else is a bug somewhere and also shows
    /// its type, causes and the top of its stack.
    /// </summary>
    public static string Describe(Exception error)
    {
        switch (error)
        {
            case ConformanceException or BindingException or PendingStepException or ScenarioPendingException:
                return error.Message;
            case NotApplicableException notApplicable:
                return notApplicable.Reason;
        }

        var text = new StringBuilder($"{error.GetType().FullName}: {error.Message}");
        for (var inner = error.InnerException; inner is not null; inner = inner.InnerException)
        {
            text.Append(Environment.NewLine).Append(" ---> ").Append(inner.GetType().FullName).Append(": ").Append(inner.Message);
        }

        foreach (var line in (error.StackTrace ?? "").Split('\n').Where(l => l.Length > 0).Take(4))
        {
            text.Append(Environment.NewLine).Append(line.TrimEnd('\r'));
        }

        return text.ToString();
    }
}
