using Viva.Core.Semantics;

namespace Viva.Semantics;

/// <summary>
/// Loads the sentence encoder once, on first use, behind the embedding cache. When the model cannot load
/// (no ONNX Runtime build for this platform, a damaged install) or <c>VIVA_ENCODER=off</c>, callers get
/// null and grade by words alone; the reason is reported once through the notice callback.
/// </summary>
public sealed class TextEncoderLoader
{
    /// <summary>The environment variable that turns the encoder off (<c>off</c>) for lexical-only grading.</summary>
    public const string Variable = "VIVA_ENCODER";

    private readonly Lazy<ITextEncoder?> _encoder;

    /// <summary>Prepares loading; nothing is loaded until <see cref="Get"/>.</summary>
    /// <param name="cacheDirectory">Where embeddings are kept between sessions; null keeps them in memory.</param>
    /// <param name="notify">Receives the one-line notice when the encoder is unavailable.</param>
    /// <param name="setting">The value of <see cref="Variable"/> (null when unset).</param>
    /// <param name="factory">Makes the model; defaults to <see cref="MiniLmTextEncoder"/>.</param>
    public TextEncoderLoader(string? cacheDirectory, Action<string>? notify, string? setting = null, Func<ITextEncoder>? factory = null)
    {
        var make = factory ?? (() => new MiniLmTextEncoder());
        _encoder = new Lazy<ITextEncoder?>(() => Load(make, cacheDirectory, notify, setting), LazyThreadSafetyMode.ExecutionAndPublication);
    }

    /// <summary>True when the encoder is off by the setting.</summary>
    public static bool IsOff(string? setting) =>
        setting is not null && setting.Trim().ToUpperInvariant() is "OFF" or "0" or "FALSE" or "NONE" or "LEXICAL";

    /// <summary>The encoder, loading it on first call; null when it is off or could not load.</summary>
    public ITextEncoder? Get() => _encoder.Value;

    private static CachedTextEncoder? Load(Func<ITextEncoder> make, string? cacheDirectory, Action<string>? notify, string? setting)
    {
        if (IsOff(setting))
        {
            return null;
        }

        try
        {
            return new CachedTextEncoder(make(), cacheDirectory);
        }
        catch (Exception exception) when (exception is DllNotFoundException or TypeInitializationException or BadImageFormatException
            or EntryPointNotFoundException or PlatformNotSupportedException or InvalidOperationException or IOException
            or Microsoft.ML.OnnxRuntime.OnnxRuntimeException)
        {
            var reason = (exception.InnerException ?? exception).Message.ReplaceLineEndings(" ");
            notify?.Invoke($"the sentence encoder could not load ({Shorten(reason)}); grading by words only");
            return null;
        }
    }

    private static string Shorten(string text) => text.Length <= 120 ? text : text[..119] + "…";
}
