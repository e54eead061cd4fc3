namespace Covage.Pact;

/// <summary>The engine's log levels (its LevelFilter values).</summary>
public enum PactLogLevel
{
    Off = 0,
    Error = 1,
    Warn = 2,
    Info = 3,
    Debug = 4,
    Trace = 5,
}
