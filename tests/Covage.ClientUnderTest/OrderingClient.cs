using System.Net;
using System.Text.Json.Nodes;

namespace Covage.ClientUnderTest;

/// <summary>
/// The client's work: log in once, create a draft, change it, submit it, post one info message, read
/// the events feed with its cursor, list the orders. Each variant breaks exactly one rule on top.
/// </summary>
internal sealed class OrderingClient(SandboxApi api, Fixtures fixtures, string email, string password)
{
    public async Task RunAsync(string variant)
    {
        if (variant == "no-token")
        {
            await api.SendAsync(HttpMethod.Get, "api/v2/orders/");
            return;
        }

        await LogInAsync();
        var name = variant is "forbidden-char" or "poses-as-console" ? "Jean Dupont ™" : "Jean Dupont";
        var order = await CreateAsync(name, blind: variant == "hasty");
        if (order is null)
        {
            return;
        }

        async Task Fresh()
        {
            if (variant == "token-every-call")
            {
                await LogInAsync();
            }
        }

        await Fresh();
        await api.SendAsync(HttpMethod.Patch, $"api/v2/orders/{order}/", new JsonObject { ["operator_info"] = new JsonObject { ["order_name"] = "renamed order" } });
        await Fresh();
        var status = variant == "status-acknowledged" ? "acknowledged" : "submitted";
        await api.SendAsync(HttpMethod.Patch, $"api/v2/orders/{order}/", new JsonObject { ["status"] = status });
        if (variant == "repeat-refused")
        {
            await api.SendAsync(HttpMethod.Patch, $"api/v2/orders/{order}/", new JsonObject { ["status"] = "acknowledged" });
            await api.SendAsync(HttpMethod.Patch, $"api/v2/orders/{order}/", new JsonObject { ["status"] = "acknowledged" });
        }

        if (variant == "modify-submitted")
        {
            await api.SendAsync(HttpMethod.Patch, $"api/v2/orders/{order}/", new JsonObject { ["operator_info"] = new JsonObject { ["order_name"] = "too late" } });
        }

        await api.SendAsync(HttpMethod.Post, $"api/v2/orders/{order}/events/info/", new JsonObject { ["message"] = "Please call before coming." });
        if (variant == "info-after-429")
        {
            // The second message is throttled; the third ignores the Retry-After it was given.
            await api.SendAsync(HttpMethod.Post, $"api/v2/orders/{order}/events/info/", new JsonObject { ["message"] = "Second message." }, retry: false);
            await api.SendAsync(HttpMethod.Post, $"api/v2/orders/{order}/events/info/", new JsonObject { ["message"] = "Third message." }, retry: false);
        }

        var (_, events) = await api.SendAsync(HttpMethod.Get, "api/events/?sort=creation_date");
        var cursor = events is JsonArray { Count: > 0 } read && variant != "events-twice" ? read[^1]!["sort_value"]!.GetValue<string>() : null;
        await api.SendAsync(HttpMethod.Get, cursor is null ? "api/events/?sort=creation_date" : $"api/events/?sort=creation_date&after={cursor}");
        await api.SendAsync(HttpMethod.Get, "api/v2/orders/?limit=10");
    }

    private async Task LogInAsync()
    {
        var (status, grant) = await api.SendAsync(HttpMethod.Post, "api/v2/account/token/", new JsonObject { ["email"] = email, ["password"] = password });
        api.Token = status == HttpStatusCode.OK ? grant!["access"]!.GetValue<string>() : throw new InvalidOperationException($"log-in refused: {status}");
    }

    /// <summary>
    /// A create whose answer is lost may have worked: look for the order by its operator reference
    /// before sending it again (a blind client sends it again at once).
    /// </summary>
    private async Task<string?> CreateAsync(string name, bool blind)
    {
        var reference = $"CUT-{Guid.NewGuid():N}"[..20];
        var body = new JsonObject
        {
            ["eligibility_ref"] = fixtures.CopperActivateEligibility,
            ["product"] = new JsonObject { ["code"] = "AM01" },
            ["type"] = "activate",
            ["request_type"] = "activate",
            ["end_customer"] = new JsonObject
            {
                ["type"] = "unregistered",
                ["name"] = name,
                ["contact"] = new JsonObject { ["first_name"] = "Jean", ["last_name"] = "Dupont", ["email"] = "jean.dupont@example.com", ["phone_number"] = "0123456789" },
            },
            ["operator_info"] = new JsonObject { ["order_ref"] = reference, ["order_name"] = "certification order", ["contact_uuid"] = fixtures.Contact },
        };
        var wait = TimeSpan.FromSeconds(1);
        for (var attempt = 0; attempt < 4; attempt++)
        {
            try
            {
                var (status, created) = await api.SendAsync(HttpMethod.Post, "api/v2/orders/", body, retryDropped: false);
                return status == HttpStatusCode.OK ? created!["uuid"]!.GetValue<string>() : null;
            }
            catch (HttpRequestException)
            {
                await api.WaitAsync(wait);
                wait *= 2;
                if (!blind && await FindAsync(reference) is { } found)
                {
                    return found;
                }
            }
        }

        return null;
    }

    private async Task<string?> FindAsync(string reference)
    {
        var (_, list) = await api.SendAsync(HttpMethod.Get, "api/v2/orders/?sort=-creation_date&limit=20");
        return (list as JsonArray ?? []).OfType<JsonObject>()
            .FirstOrDefault(o => o["operator_info"]?["order_ref"]?.GetValue<string>() == reference)?["uuid"]?.GetValue<string>();
    }
}
