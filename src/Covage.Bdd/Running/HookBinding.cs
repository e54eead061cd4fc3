using System.Reflection;

namespace Covage.Bdd.Running;

/// <summary>A Before/After scenario hook and the tags that select it.</summary>
internal sealed record HookBinding(MethodInfo Method, TagExpression Tags, bool Before, int Order)
{
    public string Describe() => $"{Method.DeclaringType?.FullName}.{Method.Name}";
}
