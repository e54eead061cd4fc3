using System.Text.Json;
using Covage.Provider.Domain;
using Covage.Provider.Domain.Catalogue;
using Covage.Provider.Domain.Orders;

namespace Covage.Provider.Simulation;

/// <summary>
/// The fixtures document: what the suite needs to know about a target's data. The same shape is
/// what a user writes for a live target (<c>--fixtures FILE</c>).
/// </summary>
internal static class FixturesDocument
{
    public static void Write(Utf8JsonWriter w, ProviderState state)
    {
        w.WriteStartObject();
        w.WriteStartArray("operators");
        foreach (var op in state.Operators.Values)
        {
            w.WriteStartObject();
            w.WriteString("operator_uuid", op.Uuid);
            w.WriteString("name", op.Name);
            w.WriteBoolean("has_enni", op.HasEnni);
            w.WriteStartArray("users");
            foreach (var user in op.Users)
            {
                w.WriteStartObject();
                w.WriteString("email", user.Email);
                w.WriteString("password", user.Password);
                w.WriteStartArray("groups");
                foreach (var group in user.Groups)
                {
                    w.WriteStringValue(group);
                }

                w.WriteEndArray();
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteStartArray("contacts");
            foreach (var contact in op.Contacts)
            {
                w.WriteStringValue(contact);
            }

            w.WriteEndArray();
            w.WriteStartObject("eligibility");
            foreach (var (name, technology) in new[] { ("copper", Technology.Copper), ("fiber", Technology.Fiber) })
            {
                w.WriteStartObject(name);
                foreach (var e in state.Eligibilities.Values.Where(e => e.OperatorUuid == op.Uuid && e.Technology == technology))
                {
                    w.WriteString(e.RequestType, e.Ref);
                }

                w.WriteEndObject();
            }

            w.WriteEndObject();
            w.WriteStartObject("services");
            var services = state.Services.Values.Where(s => s.OperatorUuid == op.Uuid && s.Active).OrderBy(s => s.Ref, StringComparer.Ordinal).ToList();
            WriteServices(w, "copper", services.Where(s => s.Product.Technology == Technology.Copper));
            WriteServices(w, "fiber", services.Where(s => s.Product.Family.Code == "F"));
            WriteServices(w, "enni", services.Where(s => s.Product.Technology == Technology.Enni));
            WriteServices(w, "fiber_enterprise", services.Where(s => s.Product.Family.Code == "E"));
            w.WriteEndObject();
            w.WriteStartArray("enni_orders");
            foreach (var order in state.Book(op.Uuid).Snapshot().Where(o => o.IsEnni))
            {
                w.WriteStringValue(order.Uuid);
            }

            w.WriteEndArray();
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteStartObject("products");
        foreach (var family in state.Catalogue.Products.GroupBy(p => p.Family.Code))
        {
            w.WriteStartArray(family.Key);
            foreach (var product in family)
            {
                w.WriteStringValue(product.Code);
            }

            w.WriteEndArray();
        }

        w.WriteEndObject();
        w.WriteStartArray("buildings");
        foreach (var building in state.Buildings.Values)
        {
            w.WriteStartObject();
            w.WriteString("building_ref", building.BuildingRef);
            w.WriteStartArray("otps");
            foreach (var otp in building.Otps)
            {
                w.WriteStartObject();
                w.WriteString("reference", otp.Reference);
                w.WriteString("stairs", otp.Stairs);
                w.WriteString("floor", otp.Floor);
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteEndObject();
    }

    private static void WriteServices(Utf8JsonWriter w, string name, IEnumerable<Service> services)
    {
        w.WriteStartArray(name);
        foreach (var s in services)
        {
            w.WriteStartObject();
            w.WriteString("uuid", s.Uuid);
            w.WriteString("ref", s.Ref);
            w.WriteString("product_code", s.Product.Code);
            w.WriteEndObject();
        }

        w.WriteEndArray();
    }
}
