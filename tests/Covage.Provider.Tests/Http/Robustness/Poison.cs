namespace Covage.Provider.Tests.Http.Robustness;

/// <summary>One way of spoiling a request: each one alone must make a write a refusal.</summary>
internal enum Poison
{
    /// <summary>The JSON text cut short.</summary>
    Truncated,

    /// <summary>A raw control character (0x01-0x08) somewhere: never valid JSON, in a string or not.</summary>
    ControlByte,

    /// <summary>Bytes that are not UTF-8 inside a string.</summary>
    BadUtf8,

    /// <summary>An unpaired surrogate escape inside a string.</summary>
    LoneSurrogate,

    /// <summary>A field the endpoint checks, given a value of another JSON type (never null).</summary>
    WrongType,

    /// <summary>A string of more than 1000 characters.</summary>
    LongText,

    /// <summary>A property name of more than 255 characters.</summary>
    LongName,

    /// <summary>Arrays nested deeper than 64.</summary>
    Deep,

    /// <summary>A body over 1 MiB.</summary>
    Huge,

    /// <summary>JSON that is not an object.</summary>
    NotAnObject,

    /// <summary>The same key twice.</summary>
    DuplicateKey,

    /// <summary>No body at all.</summary>
    Empty,

    /// <summary>A content type that is not JSON.</summary>
    ContentType,

    /// <summary>A method the path does not have.</summary>
    Method,

    /// <summary>An id nobody has.</summary>
    UnknownId,

    /// <summary>A query string of odd, wrong or malformed parameters.</summary>
    Query,

    /// <summary>An Authorization header that is not a valid token.</summary>
    BadAuth,

    /// <summary>A wrong, empty or odd X-Simulator-Key.</summary>
    BadKey,

    /// <summary>A Host that is not the sandbox.</summary>
    BadHost,
}
