using Covage.Provider.Domain.Catalogue;
using Covage.Provider.Domain.Orders;
using Covage.Provider.Domain.Outcomes;

namespace Covage.Provider.Domain.Rules;

/// <summary>UPD-OTP-ONLY-ACTIVATE-DEFINED: an OTP reference is set only on a fibre order whose request type is activate_defined.</summary>
internal static class UpdOtpOnlyActivateDefined
{
    public const string Id = "UPD-OTP-ONLY-ACTIVATE-DEFINED";

    public static Refusal? Check(Order order) => order.Product.Technology == Technology.Fiber && order.RequestType == "activate_defined"
        ? null
        : Refusal.Invalid(Id, "reference",
            $"The OTP reference can be set only on a fiber order whose request_type is activate_defined (this order: {order.Product.Technology.ToString().ToLowerInvariant()}, {order.RequestType ?? order.Type.ToString().ToLowerInvariant()}).");
}
