using System.Reflection;

namespace Covage.Bdd.Running;

internal sealed record HookBinding(MethodInfo Method, TagExpression Tags, bool Before);
