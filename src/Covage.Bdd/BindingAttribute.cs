namespace Covage.Bdd;

/// <summary>Marks a class whose methods bind Gherkin steps.</summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class BindingAttribute : Attribute;
