namespace Viva.Cli;

/// <summary>The exit codes of every command (docs/contracts.md).</summary>
public static class ExitCodes
{
    /// <summary>Everything worked.</summary>
    public const int Success = 0;

    /// <summary>Some input failed; the rest was still done.</summary>
    public const int InputFailed = 1;

    /// <summary>Wrong usage.</summary>
    public const int Usage = 2;
}
