using System.Globalization;
using Reqnroll;
using Reqnroll.Bindings;
using Reqnroll.Bindings.Reflection;
using Reqnroll.Tracing;

namespace Covage.Conformance.Running;

/// <summary>
/// Reqnroll formats a line of text for every step it traces, even when the trace goes nowhere; the
/// kit's reports come from its own results, so the tracer does nothing.
/// </summary>
internal sealed class NullTestTracer : ITestTracer
{
    public void TraceStep(StepInstance stepInstance, bool showAdditionalArguments)
    {
    }

    public void TraceWarning(string text)
    {
    }

    public void TraceStepDone(BindingMatch match, object[] arguments, TimeSpan duration)
    {
    }

    public void TraceStepSkipped(Exception exception)
    {
    }

    public void TraceStepSkippedBecauseOfPreviousErrors()
    {
    }

    public void TraceStepPending(BindingMatch match, object[] arguments, Exception exception)
    {
    }

    public void TraceBindingError(Exception ex)
    {
    }

    public void TraceError(Exception ex, TimeSpan duration)
    {
    }

    public void TraceNoMatchingStepDefinition(StepInstance stepInstance, ProgrammingLanguage targetLanguage, CultureInfo bindingCulture, List<BindingMatch> matchesWithoutScopeCheck)
    {
    }

    public void TraceDuration(TimeSpan elapsed, IBindingMethod method, object[] arguments)
    {
    }

    public void TraceDuration(TimeSpan elapsed, string text)
    {
    }
}
