using Reqnroll.Infrastructure;
using Reqnroll.Tracing;

namespace Covage.Conformance.Running;

/// <summary>
/// A test framework plugin would hand file attachments to its runner; the kit has none to hand them
/// to (the formatters already put them in the Cucumber reports).
/// </summary>
internal sealed class KitAttachmentHandler(ITraceListener traceListener) : ReqnrollAttachmentHandler(traceListener);
