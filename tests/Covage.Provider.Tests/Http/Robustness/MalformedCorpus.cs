using System.Text;
using System.Text.Json.Nodes;

namespace Covage.Provider.Tests.Http.Robustness;

/// <summary>
/// A seeded generator of malformed requests: every endpoint in turn, each with one poison that applies
/// to it. The same seed gives the same corpus, byte for byte, on every machine.
/// </summary>
internal static class MalformedCorpus
{
    private const string Marker = "\u0001MARK\u0001";
    private const int JsonBodyLimit = 1024 * 1024;

    private static readonly Poison[] BodyPoisons =
    [
        Poison.Truncated, Poison.ControlByte, Poison.BadUtf8, Poison.LoneSurrogate, Poison.WrongType, Poison.LongText,
        Poison.LongName, Poison.Deep, Poison.NotAnObject, Poison.DuplicateKey, Poison.Empty, Poison.ContentType,
    ];

    private static readonly string[] OddMethods = ["GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS", "TRACE", "FOO", "PROPFIND"];

    private static readonly byte[][] NotUtf8 =
    [
        [0xFF], [0xFE, 0xFF], [0xC3, 0x28], [0xC0, 0xAF], [0xED, 0xA0, 0x80], [0xE2, 0x82], [0xF4, 0x90, 0x80, 0x80], [0x80], [0xF8, 0x88, 0x80, 0x80, 0x80],
    ];

    private static readonly string[] Surrogates = ["\\ud800", "\\udfff", "\\udbff\\u0041", "x\\ud800y", "\\ud800\\ud800", "\\udc00\\ud800"];

    private static readonly string[] NotObjects = ["[]", "[{}]", "\"text\"", "1", "null", "true", "[1,2,3]", "\"{}\""];

    private static readonly string[] OddContentTypes =
    [
        "text/plain", "application/x-www-form-urlencoded", "multipart/form-data; boundary=x", "application/xml", "text/json", "application/octet-stream",
    ];

    private static readonly JsonNode?[] Values = [42, -1.5, true, false, "text", new JsonArray(), new JsonArray(1, 2), new JsonObject { ["a"] = 1 }];

    public static IReadOnlyList<CorpusRequest> Generate(int seed, int count, CorpusIds ids)
    {
        var random = new Random(seed);
        var endpoints = CorpusEndpoints.All(ids);
        var requests = new List<CorpusRequest>(count);
        var truncated = 0;
        for (var n = 0; n < count; n++)
        {
            var endpoint = endpoints[n % endpoints.Count];
            var poisons = Applicable(endpoint);
            var poison = poisons[random.Next(poisons.Count)];
            // Bodies over 1 MiB are slow to send: one truncated body in twenty-five is made huge instead.
            if (poison == Poison.Truncated && ++truncated % 25 == 0)
            {
                poison = Poison.Huge;
            }

            requests.Add(Build(n, endpoint, poison, ids, random));
        }

        return requests;
    }

    private static List<Poison> Applicable(CorpusEndpoint endpoint)
    {
        var poisons = new List<Poison> { Poison.Method };
        if (endpoint.ReadsBody)
        {
            poisons.AddRange(BodyPoisons.Where(p => (p != Poison.WrongType || endpoint.TypedFields is { Length: > 0 })
                && (p != Poison.Empty || !endpoint.EmptyBodyIsValid)));
        }

        if (endpoint.Path.Contains('{', StringComparison.Ordinal))
        {
            poisons.Add(Poison.UnknownId);
        }

        if (endpoint.Method == "GET")
        {
            poisons.Add(Poison.Query);
        }

        poisons.AddRange(endpoint.Caller switch
        {
            Caller.Operator => [Poison.BadAuth],
            Caller.Control => [Poison.BadKey, Poison.BadHost],
            _ => [],
        });
        return poisons;
    }

    private static CorpusRequest Build(int number, CorpusEndpoint endpoint, Poison poison, CorpusIds ids, Random random)
    {
        var method = endpoint.Method;
        var path = ids.Fill(endpoint.Path);
        var headers = new List<KeyValuePair<string, string>>();
        switch (endpoint.Caller)
        {
            case Caller.Operator:
                headers.Add(new("Authorization", "Bearer " + ids.Token));
                break;
            case Caller.Control:
                headers.Add(new("X-Simulator-Key", ids.Key));
                break;
            default:
                break;
        }

        var body = endpoint.Body is { } json ? Encoding.UTF8.GetBytes(json.ToJsonString()) : null;
        var contentType = body is null ? null : "application/json";
        var detail = "";
        switch (poison)
        {
            case Poison.Method:
                var odd = OddMethods.Where(m => !endpoint.PathMethods!.Contains(m)).ToArray();
                method = odd[random.Next(odd.Length)];
                detail = method;
                break;
            case Poison.UnknownId:
                (path, detail) = UnknownId(endpoint.Path, ids, random);
                break;
            case Poison.Query:
                var query = endpoint.Queries is { Length: > 0 } queries && random.Next(3) > 0
                    ? queries[random.Next(queries.Length)]
                    : CorpusQueries.Junk(random);
                path += "?" + query;
                detail = query.Length > 80 ? query[..80] + "…" : query;
                break;
            case Poison.BadAuth:
                detail = ReplaceHeader(headers, "Authorization", BadAuthorization(ids.Token, random));
                break;
            case Poison.BadKey:
                detail = ReplaceHeader(headers, "X-Simulator-Key", BadKey(ids.Key, random));
                break;
            case Poison.BadHost:
                string[] hosts = ["evil.example", "evil.example:1", "127.0.0.1.nip.io", "localhost.evil.example", "10.11.12.13", "covage.example:443"];
                var host = hosts[random.Next(hosts.Length)];
                headers.Add(new("Host", host));
                detail = host;
                break;
            case Poison.Empty:
                body = [];
                break;
            case Poison.ContentType:
                var odd2 = random.Next(OddContentTypes.Length + 1);
                contentType = odd2 == OddContentTypes.Length ? null : OddContentTypes[odd2];
                detail = contentType ?? "no content type";
                break;
            case Poison.NotAnObject:
                var text = NotObjects[random.Next(NotObjects.Length)];
                body = Encoding.UTF8.GetBytes(text);
                detail = text;
                break;
            default:
                (body, detail) = SpoilBody(endpoint, poison, random);
                break;
        }

        return new CorpusRequest(number, endpoint, poison, method, path, headers, body, contentType, detail);
    }

    private static (byte[] Body, string Detail) SpoilBody(CorpusEndpoint endpoint, Poison poison, Random random)
    {
        var json = (JsonObject)endpoint.Body!.DeepClone();
        var text = Encoding.UTF8.GetBytes(json.ToJsonString());
        switch (poison)
        {
            case Poison.Truncated:
                // Never nothing at all: an empty body is its own poison (and a valid call somewhere).
                var cut = random.Next(1, text.Length);
                return (text[..cut], $"cut at byte {cut} of {text.Length}");
            case Poison.ControlByte:
                var at = random.Next(text.Length + 1);
                var control = (byte)random.Next(1, 9);
                return ([.. text[..at], control, .. text[at..]], $"byte 0x{control:X2} at {at}");
            case Poison.BadUtf8:
                var bytes = NotUtf8[random.Next(NotUtf8.Length)];
                return (WithMarker(json, random, bytes, out var badPath), $"{Convert.ToHexString(bytes)} in {badPath}");
            case Poison.LoneSurrogate:
                var escape = Surrogates[random.Next(Surrogates.Length)];
                return (WithMarker(json, random, Encoding.ASCII.GetBytes(escape), out var escapePath), $"{escape} in {escapePath}");
            case Poison.LongText:
                var length = random.Next(1001, 4000);
                return (WithMarker(json, random, Encoding.ASCII.GetBytes(new string('a', length)), out var longPath), $"{length} characters in {longPath}");
            case Poison.LongName:
                var name = new string('n', random.Next(256, 700));
                Target(json, random)[name] = "x";
                return (Encoding.UTF8.GetBytes(json.ToJsonString()), $"a name of {name.Length} characters");
            case Poison.Deep:
                var depth = random.Next(65, 400);
                // Built as text: JsonNode itself refuses to write past 64 levels.
                var deepText = new string('[', depth) + new string(']', depth);
                var spoiled = Encoding.UTF8.GetString(WithMarker(json, random, Encoding.ASCII.GetBytes("M"), out var deepPath))
                    .Replace("\"M\"", deepText, StringComparison.Ordinal);
                return (Encoding.UTF8.GetBytes(spoiled), $"{depth} nested arrays in {deepPath}");
            case Poison.Huge:
                var size = JsonBodyLimit + random.Next(1, 64 * 1024);
                return (WithMarker(json, random, Encoding.ASCII.GetBytes(new string('h', size)), out _), $"a body over {size} bytes");
            case Poison.DuplicateKey:
                var first = json.First().Key;
                var copy = $"\"{first}\":{json[first]?.ToJsonString() ?? "null"},";
                return ([.. "{"u8, .. Encoding.UTF8.GetBytes(copy), .. text[1..]], $"\"{first}\" twice");
            case Poison.WrongType:
                return WrongType(json, endpoint.TypedFields!, random);
            default:
                throw new ArgumentOutOfRangeException(nameof(poison), poison, "not a body poison");
        }
    }

    /// <summary>Sets a typed field to a value of another JSON type (never null, which often means "remove").</summary>
    private static (byte[] Body, string Detail) WrongType(JsonObject json, string[] typedFields, Random random)
    {
        var field = typedFields[random.Next(typedFields.Length)];
        var (path, kind) = (field[..field.IndexOf(':', StringComparison.Ordinal)], field[(field.IndexOf(':', StringComparison.Ordinal) + 1)..]);
        var candidates = Values.Where(v => KindOf(v) != kind).ToArray();
        var value = candidates[random.Next(candidates.Length)]!.DeepClone();
        var names = path.Split('.');
        var target = json;
        foreach (var name in names[..^1])
        {
            if (target[name] is not JsonObject next)
            {
                target[name] = next = [];
            }

            target = next;
        }

        target[names[^1]] = value;
        return (Encoding.UTF8.GetBytes(json.ToJsonString()), $"{path} = {value.ToJsonString()}");
    }

    private static string KindOf(JsonNode? node) => node switch
    {
        JsonObject => "object",
        JsonArray => "array",
        JsonValue v when v.GetValueKind() == System.Text.Json.JsonValueKind.String => "string",
        JsonValue v when v.GetValueKind() == System.Text.Json.JsonValueKind.Number => "number",
        _ => "bool",
    };

    /// <summary>The body with a new string property (somewhere in it) whose content is <paramref name="raw"/>, bytes as they are.</summary>
    private static byte[] WithMarker(JsonObject json, Random random, byte[] raw, out string path)
    {
        var target = Target(json, random);
        var name = $"corpus_{random.Next(1000)}";
        target[name] = Marker;
        path = target.GetPath().TrimStart('$').TrimStart('.') is { Length: > 0 } parent ? $"{parent}.{name}" : name;
        var text = json.ToJsonString();
        var encodedMarker = JsonValue.Create(Marker)!.ToJsonString()[1..^1];
        var at = text.IndexOf(encodedMarker, StringComparison.Ordinal);
        return [.. Encoding.UTF8.GetBytes(text[..at]), .. raw, .. Encoding.UTF8.GetBytes(text[(at + encodedMarker.Length)..])];
    }

    /// <summary>The body itself or one of the objects inside it.</summary>
    private static JsonObject Target(JsonObject json, Random random)
    {
        var objects = new List<JsonObject> { json };
        objects.AddRange(json.Select(p => p.Value).OfType<JsonObject>());
        return objects[random.Next(objects.Count)];
    }

    private static (string Path, string Detail) UnknownId(string template, CorpusIds ids, Random random)
    {
        string[] unknown =
        [
            new Guid([.. Enumerable.Range(0, 16).Select(_ => (byte)random.Next(256))]).ToString(), "00000000-0000-4000-8000-000000000000",
            "not-a-uuid", new string('9', 300), "%FF%FE", "%ED%A0%80", "%C3%28", "%25", "%20", "null", "%7Bdraft%7D", "%E2%80%AE",
            "0cd8d842-b0ca-43c0-8cbc-5d275cbdb1c2", "IMB%2F00000%2FX%2F000X", "a;b", "%0A",
        ];
        var placeholders = new[] { "{draft}", "{submitted}", "{fiber-create}", "{bound}", "{defined}", "{endpoint}", "{event}", "{building}" }
            .Where(p => template.Contains(p, StringComparison.Ordinal)).ToArray();
        var replaced = placeholders[random.Next(placeholders.Length)];
        var id = unknown[random.Next(unknown.Length)];
        return (ids.Fill(template.Replace(replaced, id, StringComparison.Ordinal)), $"{replaced} = {Cut(id)}");
    }

    /// <summary>Replaces (or, for null, removes) a credential header; describes what was sent.</summary>
    private static string ReplaceHeader(List<KeyValuePair<string, string>> headers, string name, string? value)
    {
        headers.RemoveAll(h => h.Key == name);
        if (value is null)
        {
            return $"no {name}";
        }

        headers.Add(new(name, value));
        return $"{name} of {value.Length} characters: {Cut(value)}";
    }

    private static string? BadAuthorization(string token, Random random)
    {
        string?[] values =
        [
            null, "", "Bearer", "Bearer ", "Bearer  ", "Basic dXNlcjpwYXNz", $"Bearer {token}x", "JWT", "Bearer a b",
            "Bearer " + new string('a', 6000), $"Token {token}", "Bearer é", $"Bearer{token}", "Bearer \t" + token[..Math.Min(4, token.Length)], "Bearer %00",
            "Bearer " + token.ToUpperInvariant(), "JWT ", "Bearer 0cd8d842-b0ca-43c0-8cbc-5d275cbdb1c2",
        ];
        return values[random.Next(values.Length)];
    }

    private static string? BadKey(string key, Random random)
    {
        string?[] values = [null, "", "wrong", key + "x", key.ToUpperInvariant(), new string('k', 5000), "é", key[..^1], " " + key + "x"];
        return values[random.Next(values.Length)];
    }

    private static string Cut(string text) => text.Length > 60 ? text[..60] + "…" : text;
}
