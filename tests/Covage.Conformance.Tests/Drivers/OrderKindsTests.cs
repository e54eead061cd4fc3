using Covage.Conformance.Drivers;

namespace Covage.Conformance.Tests.Drivers;

public class OrderKindsTests
{
    [Theory]
    [InlineData("activate", "A", "activate", "copper activate")]
    [InlineData("activate", "S", "create_nearby", "copper line building")]
    [InlineData("activate", "M", "create_neighbour", "copper line building")]
    [InlineData("activate", "F", "create", "fiber pro")]
    [InlineData("terminate", "A", null, "terminate")]
    [InlineData("terminate", "F", null, "terminate, fiber pro")]
    [InlineData("activate", "E", "create", "fiber pro")]
    [InlineData("activate", "N", null, "")]
    public void ColumnsOf_Order_GivesItsMatrixColumns(string type, string family, string? requestType, string expected) =>
        Assert.Equal(expected, string.Join(", ", OrderKinds.ColumnsOf(DriverTestData.Order("u", type, family, requestType))));
}
