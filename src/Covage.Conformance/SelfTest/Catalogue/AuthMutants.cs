using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using Covage.Conformance.SelfTest.Interception;

namespace Covage.Conformance.SelfTest.Catalogue;

/// <summary>Mutants of authentication, the Authorization header, isolation between operators and the info-message groups.</summary>
internal static class AuthMutants
{
    public static IEnumerable<Mutant> All()
    {
        // AUTH-TOKEN
        yield return Mutant.Of("AUTH-TOKEN", "login-case-sensitive", "the e-mail is compared with its case: an upper-case e-mail is refused",
            Mutate.Refuse(x => x.Call.IsLogin() && Facts.Sent(x.Call, "email") is { } email && email.Any(char.IsUpper), () => Reply.Error(401, "No active account found with the given credentials")));
        yield return Mutant.Of("AUTH-TOKEN", "login-without-refresh", "logging in gives no refresh token",
            Mutate.Answer(c => c.IsLogin(), (_, r) => r.Ok && r.Json() is JsonObject o && o.Remove("refresh") ? r.WithJson(o) : null));
        yield return Mutant.Of("AUTH-TOKEN", "login-without-operator", "logging in does not say which operator the user belongs to",
            Mutate.Answer(c => c.IsLogin(), (_, r) => r.Ok && r.Json() is JsonObject o && JsonEdit.Remove(o, "user.operator_uuid") ? r.WithJson(o) : null));
        yield return Mutant.Of("AUTH-TOKEN", "wrong-password-accepted", "a known user logs in whatever the password",
            Mutate.Around(c => c.IsLogin(), async x =>
            {
                var reply = await x.ForwardAsync();
                var email = Facts.Sent(x.Call, "email");
                if (reply.Status != 401 || x.Context.Fixtures.Operators.SelectMany(o => o.Users).FirstOrDefault(u => u.Email == email) is not { } user)
                {
                    return reply;
                }

                x.Fired();
                return await x.SendAsync(x.Call.EditJson(b => b["password"] = user.Password));
            }));
        yield return Mutant.Of("AUTH-TOKEN", "unknown-user-404", "an unknown user is answered 404 instead of 401",
            Mutate.Answer(c => c.IsLogin(), (_, r) => r.Status == 401 ? Reply.NotFound() : null));
        yield return Mutant.Of("AUTH-TOKEN", "refresh-refused", "a valid refresh token is refused",
            Mutate.Answer(c => c.IsRefresh(), (_, r) => r.Ok ? Reply.Error(401, "Token is invalid or expired") : null));
        yield return Mutant.Of("AUTH-TOKEN", "made-up-refresh-accepted", "any refresh token gives an access token (the first operator's)",
            Mutate.Around(c => c.IsRefresh(), async x =>
            {
                var reply = await x.ForwardAsync();
                if (reply.Status != 401 || x.Memory.IsKnownRefresh(Facts.Sent(x.Call, "refresh") ?? ""))
                {
                    return reply;
                }

                x.Fired();
                return await LoginAsync(x, x.Context.Fixtures.Operators[0].Users[0].Email, x.Context.Fixtures.Operators[0].Users[0].Password);
            }));
        yield return Mutant.Of("AUTH-TOKEN", "refreshed-token-refused", "an access token obtained by refresh does not open the API",
            Mutate.All(
                Mutate.Answer(c => c.IsRefresh(), (x, r) =>
                {
                    if (r.Ok && r.Json()?["access"]?.ToString() is { } access)
                    {
                        x.Context.State<ConcurrentDictionary<string, string>>()[access] = "refreshed";
                    }

                    return null;
                }),
                Mutate.Refuse(x => x.Call.IsApi() && Token(x.Call) is { } token && x.Context.State<ConcurrentDictionary<string, string>>().ContainsKey(token),
                    () => Reply.Error(401, "Given token not valid for any token type"))));
        yield return Mutant.Of("AUTH-TOKEN", "verify-accepts-anything", "verify accepts any token",
            Mutate.Answer(c => c.IsVerify(), (_, r) => r.Status == 401 ? Reply.Of(200, new JsonObject()) : null));
        yield return Mutant.Of("AUTH-TOKEN AUTH-HEADER", "access-lasts-forever", "an access token never expires",
            Mutate.Around(c => c.IsApi() && !c.IsLogin() && !c.IsRefresh(), async x =>
            {
                var reply = await x.ForwardAsync();
                var scheme = x.Call.Authorization?.Split(' ')[0];
                if (reply.Status != 401 || scheme is not ("Bearer" or "JWT") || x.Memory.SessionOf(x.Call.Authorization) is not { } session)
                {
                    return reply;
                }

                var fresh = await LoginAsync(x, session.Email, session.Password);
                if (fresh.Json()?["access"]?.ToString() is not { } access)
                {
                    return reply;
                }

                x.Fired();
                return x.Call.IsVerify() ? Reply.Of(200, new JsonObject()) : await x.SendAsync(x.Call.WithHeader("Authorization", "Bearer " + access));
            }));
        yield return Mutant.Of("AUTH-TOKEN", "access-expires-early", "an access token expires after 55 minutes, not an hour",
            Mutate.Refuse(x => x.Call.IsApi() && x.Memory.SessionOf(x.Call.Authorization) is { } s && x.Memory.Clock - s.ClockAtLogin >= 3300,
                () => Reply.Error(401, "Given token not valid for any token type")));
        yield return Mutant.Of("AUTH-TOKEN", "refresh-lasts-forever", "a refresh token never expires",
            Mutate.Around(c => c.IsRefresh(), async x =>
            {
                var reply = await x.ForwardAsync();
                if (reply.Status != 401 || x.Memory.SessionOfRefresh(Facts.Sent(x.Call, "refresh") ?? "") is not { } session)
                {
                    return reply;
                }

                x.Fired();
                return await LoginAsync(x, session.Email, session.Password);
            }));
        yield return Mutant.Of("AUTH-TOKEN", "refresh-expires-with-access", "a refresh token expires with its access token, after an hour",
            Mutate.Refuse(x => x.Call.IsRefresh() && x.Memory.SessionOfRefresh(Facts.Sent(x.Call, "refresh") ?? "") is { } s && x.Memory.Clock - s.ClockAtLogin >= 3600,
                () => Reply.Error(401, "Token is invalid or expired")));

        // AUTH-HEADER
        yield return Mutant.Of("AUTH-HEADER", "jwt-scheme-refused", "the legacy \"JWT <token>\" header is refused",
            Mutate.Refuse(x => x.Call.IsApi() && x.Call.Authorization?.StartsWith("JWT ", StringComparison.Ordinal) == true, () => Reply.Error(401, "Authentication credentials were not provided.")));
        yield return Mutant.Of("AUTH-HEADER", "any-scheme-accepted", "any scheme in front of a valid token is accepted",
            Mutate.Request(c => c.IsApi() && c.Authorization is { } a && !a.StartsWith("Bearer ", StringComparison.Ordinal) && !a.StartsWith("JWT ", StringComparison.Ordinal) && a.Contains(' ', StringComparison.Ordinal),
                x => x.Memory.SessionOf(x.Call.Authorization) is { } s ? x.Call.WithHeader("Authorization", "Bearer " + s.Access) : null));
        yield return Mutant.Of("AUTH-HEADER", "bare-token-accepted", "a token without a scheme is accepted",
            Mutate.Request(c => c.IsApi() && c.Authorization is { } a && !a.Contains(' ', StringComparison.Ordinal),
                x => x.Memory.SessionOf("Bearer " + x.Call.Authorization) is { } s ? x.Call.WithHeader("Authorization", "Bearer " + s.Access) : null));
        yield return Mutant.Of("AUTH-HEADER", "refresh-token-opens-the-api", "a refresh token is accepted in the Authorization header",
            Mutate.Request(c => c.IsApi() && !c.IsRefresh() && Token(c) is not null,
                x => x.Memory.SessionOfRefresh(Token(x.Call)!) is { } s ? x.Call.WithHeader("Authorization", "Bearer " + s.Access) : null));
        yield return Mutant.Of("AUTH-HEADER", "no-header-on-events", "the events API answers without an Authorization header",
            AnonymousAllowed(c => c.IsFeed()));
        yield return Mutant.Of("AUTH-HEADER", "no-header-on-orders", "the orders API answers without an Authorization header",
            AnonymousAllowed(c => c.IsList()));
        yield return Mutant.Of("AUTH-HEADER", "made-up-token-accepted", "a made-up bearer token is accepted (as the first operator)",
            Mutate.Around(c => c.IsList() && Token(c) is "nonsense", async x =>
            {
                var fresh = await LoginAsync(x, x.Context.Fixtures.Operators[0].Users[0].Email, x.Context.Fixtures.Operators[0].Users[0].Password);
                x.Fired();
                return await x.SendAsync(x.Call.WithHeader("Authorization", "Bearer " + fresh.Json()?["access"]));
            }));

        // AUTH-ISOLATION
        yield return Mutant.Of("AUTH-ISOLATION", "foreign-order-readable", "another operator can read the order", Mutate.AsOwner(c => c.IsOrder("GET"), OrderOwner));
        yield return Mutant.Of("AUTH-ISOLATION", "foreign-order-modifiable", "another operator can modify the order", Mutate.AsOwner(c => c.IsModify(), OrderOwner));
        yield return Mutant.Of("AUTH-ISOLATION", "foreign-order-deletable", "another operator can delete the order", Mutate.AsOwner(c => c.IsOrder("DELETE"), OrderOwner));
        yield return Mutant.Of("AUTH-ISOLATION", "foreign-info-posted", "another operator can post an info message on the order", Mutate.AsOwner(c => c.IsInfo(), OrderOwner));
        yield return Mutant.Of("AUTH-ISOLATION", "foreign-order-403", "another operator's order is answered 403, which tells it exists",
            Mutate.Answer(c => c.IsOrder() || c.IsInfo(), (x, r) => r.Status == 404 && OrderOwner(x) is { } owner && owner != x.Call.Authorization
                ? Reply.Error(403, "You do not have permission to perform this action.") : null));
        yield return Mutant.Of("AUTH-ISOLATION", "foreign-events-visible", "another operator sees the order's events in its feed",
            Mutate.Around(c => c.IsFeed() && c.HasParam("object_uuid"), async x =>
            {
                var reply = await x.ForwardAsync();
                if (!reply.Ok || reply.Json() is not JsonArray { Count: 0 } || x.Memory.OwnerOf(x.Call.Param("object_uuid")!) is not { } owner || owner == x.Call.Authorization)
                {
                    return reply;
                }

                x.Fired();
                return await x.SendAsync(x.Call.WithHeader("Authorization", owner));
            }));
        yield return Mutant.Of("AUTH-ISOLATION", "foreign-orders-listed", "another operator finds the order in its list",
            Mutate.Around(c => c.IsList() && c.HasParam("reference"), async x =>
            {
                var reply = await x.ForwardAsync();
                if (!reply.Ok || reply.Json() is not JsonArray { Count: 0 } || x.Memory.OrderByReference(x.Call.Param("reference")!) is not { } uuid
                    || x.Memory.OwnerOf(uuid) is not { } owner || owner == x.Call.Authorization)
                {
                    return reply;
                }

                x.Fired();
                return await x.SendAsync(x.Call.WithHeader("Authorization", owner));
            }));
        yield return Mutant.Of("AUTH-ISOLATION CRT-TERMINATE-REF", "foreign-service-terminable", "the operator can terminate another operator's service",
            Mutate.All(
                Mutate.Answer(c => c.IsServiceCreation(), (x, r) =>
                {
                    if (r.Ok && r.Json()?["uuid"]?.ToString() is { } uuid && Facts.Sent(x.Call, "operator_uuid") is { } owner)
                    {
                        x.Context.State<ConcurrentDictionary<string, string>>()[uuid] = owner;
                    }

                    return null;
                }),
                Mutate.Around(c => c.IsCreate() && Facts.Sent(c, "type") == "terminate", async x =>
                {
                    var reply = await x.ForwardAsync();
                    if (!reply.Refused || !x.Context.State<ConcurrentDictionary<string, string>>().TryGetValue(Facts.Sent(x.Call, "service_uuid") ?? "", out var owner)
                        || owner == Facts.OperatorOf(x)?.OperatorUuid || await Facts.NewServiceAsync(x, "AM01") is not { } own)
                    {
                        return reply;
                    }

                    x.Fired();
                    return await x.SendAsync(x.Call.EditJson(b => b["service_uuid"] = own));
                })));
        yield return Mutant.Of("AUTH-ISOLATION CRT-ACTIVATE-NEEDS-ELIGIBILITY", "foreign-eligibility-usable", "the operator can order from another operator's eligibility",
            Mutate.Accept(c => c.IsCreate(), r => r.Refused, x =>
            {
                var sent = Facts.Sent(x.Call, "eligibility_ref");
                var mine = Facts.OperatorOf(x);
                var foreign = x.Context.Fixtures.Operators.Where(o => o != mine).Any(o => o.Eligibility.Copper.Values.Concat(o.Eligibility.Fiber.Values).Contains(sent));
                var own = mine?.Eligibility.Copper.GetValueOrDefault(Facts.Sent(x.Call, "request_type") ?? "");
                return foreign && own is not null ? x.Call.EditJson(b => b["eligibility_ref"] = own) : null;
            }));
        yield return Mutant.Of("AUTH-ISOLATION", "foreign-event-readable-by-uuid", "another operator can read the order's events one by one (GET /api/events/{uuid}/)",
            Mutate.AsOwner(c => c.IsOneEvent(), x => x.Memory.OwnerOfEvent(x.Call.Segments[2])));
        yield return Mutant.Of("AUTH-ISOLATION", "foreign-bound-modifiable", "another operator can change the order's address (bound PATCH)", Mutate.AsOwner(c => c.IsBoundPatch(), OrderOwner));
        yield return Mutant.Of("AUTH-ISOLATION", "foreign-otp-modifiable", "another operator can change the order's OTP (endpoint PATCH)", Mutate.AsOwner(c => c.IsEndpointPatch(), OrderOwner));
        yield return Mutant.Of("AUTH-ISOLATION", "foreign-order-readable-through-v1", "another operator can read the order through v1", Mutate.AsOwner(c => c.IsV1Order(), OrderOwner));

        // AUTH-INFO-GROUPS
        yield return Mutant.Of("AUTH-INFO-GROUPS", "any-user-may-post-info", "a user outside the admin and delivery groups can post an info message",
            Mutate.Around(c => c.IsInfo(), async x =>
            {
                var reply = await x.ForwardAsync();
                if (reply.Status != 403 || OrderOwner(x) is not { } owner)
                {
                    return reply;
                }

                x.Fired();
                return await x.SendAsync(x.Call.WithHeader("Authorization", owner));
            }));
        yield return Mutant.Of("AUTH-INFO-GROUPS", "user-without-group-cannot-read", "a user outside the admin and delivery groups cannot even read the order",
            Mutate.Refuse(x => x.Call.IsOrder("GET") && x.Memory.SessionOf(x.Call.Authorization) is { Groups.Count: 0 }, () => Reply.Error(403, "You do not have permission to perform this action.")));
        yield return Mutant.Of("AUTH-INFO-GROUPS", "group-refusal-401", "a user outside the groups is answered 401 instead of 403",
            Mutate.Answer(c => c.IsInfo(), (_, r) => r.Status == 403 ? r.WithStatus(401) : null));
        yield return Mutant.Of("AUTH-INFO-GROUPS", "admin-group-refused", "a user of the admin group cannot post an info message",
            Mutate.Refuse(x => x.Call.IsInfo() && x.Memory.SessionOf(x.Call.Authorization) is { } s && s.Groups.Contains("admin") && !s.Groups.Contains("delivery"),
                () => Reply.Error(403, "You do not have permission to perform this action.")));
    }

    private static string? OrderOwner(Intercepted x) => x.Call.OrderUuid() is { } uuid ? x.Memory.OwnerOf(uuid) : null;

    private static string? Token(Call call) => call.Authorization is { } a && a.IndexOf(' ', StringComparison.Ordinal) is var space and > 0 ? a[(space + 1)..] : null;

    private static Task<Reply> LoginAsync(Intercepted x, string email, string password) =>
        x.SendAsync(new Call("POST", "/api/v2/account/token/", "", new Dictionary<string, string>(), new JsonObject { ["email"] = email, ["password"] = password }.ToJsonString(), "application/json"));

    /// <summary>Calls without Authorization are answered as the first operator's delivery user.</summary>
    private static Rewrite AnonymousAllowed(Func<Call, bool> when) =>
        Mutate.Around(c => when(c) && c.Authorization is null, async x =>
        {
            var user = x.Context.Fixtures.Operators[0].UserInGroup("delivery") ?? x.Context.Fixtures.Operators[0].Users[0];
            var fresh = await LoginAsync(x, user.Email, user.Password);
            x.Fired();
            return await x.SendAsync(x.Call.WithHeader("Authorization", "Bearer " + fresh.Json()?["access"]));
        });
}
