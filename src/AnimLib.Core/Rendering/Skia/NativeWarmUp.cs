using System.Security.Cryptography;
using SkiaSharp;

namespace AnimLib.Rendering;

/// <summary>
/// Loads, on a background thread, what the first frame of a render otherwise waits for: Skia's native library with the
/// system's font configuration (fontconfig reads every configuration file and its font cache, tens of milliseconds) and
/// the platform library behind SHA-256 (OpenSSL on Linux, which LaTeX formulas and temporary names use).
/// </summary>
/// <remarks>
/// A host calls <see cref="StartAsync"/> as early as it can, before loading scene assemblies, so that this work runs on a
/// second core while the runtime loads code, instead of on the scene thread between ffmpeg's start and the first frame.
/// At 480p a whole render of a short scene takes a few tenths of a second, of which this was a sixth.
/// </remarks>
public static class NativeWarmUp
{
    private static Task? _started;

    /// <summary>Starts the warm-up once per process; later calls return the same task. It never faults.</summary>
    public static Task StartAsync()
    {
        lock (typeof(NativeWarmUp))
        {
            return _started ??= Task.Run(WarmUp);
        }
    }

    private static void WarmUp()
    {
        try
        {
            using (var typeface = SKFontManager.Default.MatchFamily(null, SKFontStyle.Normal))
            using (var surface = SKSurface.Create(new SKImageInfo(16, 16, SKColorType.Bgra8888, SKAlphaType.Premul)))
            {
                surface?.Canvas.Clear(SKColors.Black);
            }
            SHA256.HashData([0]);
        }
        catch (Exception e) when (e is DllNotFoundException or TypeInitializationException or CryptographicException or PlatformNotSupportedException)
        {
            // The render that follows meets the same problem on its own thread and reports it there.
        }
    }
}
