using System.Globalization;

namespace AnimLib.Display;

/// <summary>
/// The ranges a render's numbers must lie in. Outside them a render cannot work (a frame rate of 10^300 loops for ever,
/// a frame 100 000 pixels wide cannot be allocated), so they are refused when the settings are made.
/// </summary>
public static class RenderLimits
{
    /// <summary>Lowest frame rate, in frames per second.</summary>
    public const double MinFps = 1;

    /// <summary>Highest frame rate, in frames per second (four times the usual 60).</summary>
    public const double MaxFps = 240;

    /// <summary>Smallest frame width or height, in pixels.</summary>
    public const int MinPixels = 16;

    /// <summary>Largest frame width or height, in pixels (8K UHD's width).</summary>
    public const int MaxPixels = 7680;

    /// <summary>Most rasterizing threads per processor (<c>--jobs</c>); more only adds memory and contention.</summary>
    public const int MaxJobsPerProcessor = 4;

    /// <summary>Most rasterizing threads on this machine: <see cref="MaxJobsPerProcessor"/> per processor.</summary>
    public static int MaxJobs => MaxJobsPerProcessor * Environment.ProcessorCount;

    /// <summary>True when <paramref name="fps"/> is a frame rate from <see cref="MinFps"/> to <see cref="MaxFps"/> (NaN is not).</summary>
    public static bool IsValidFps(double fps) => fps is >= MinFps and <= MaxFps;

    /// <summary>True when <paramref name="pixels"/> is a frame width or height from <see cref="MinPixels"/> to <see cref="MaxPixels"/>.</summary>
    public static bool IsValidPixelSize(int pixels) => pixels is >= MinPixels and <= MaxPixels;

    /// <summary>Returns <paramref name="fps"/>, or throws when it is out of range.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="fps"/> is not from 1 to 240.</exception>
    public static double CheckFps(double fps, string paramName) => IsValidFps(fps)
        ? fps
        : throw new ArgumentOutOfRangeException(paramName, fps,
            $"The frame rate must be from {MinFps.ToString(CultureInfo.InvariantCulture)} to {MaxFps.ToString(CultureInfo.InvariantCulture)} frames per second; got {fps.ToString(CultureInfo.InvariantCulture)}.");

    /// <summary>Returns <paramref name="pixels"/>, or throws when it is out of range.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="pixels"/> is not from 16 to 7680.</exception>
    public static int CheckPixelSize(int pixels, string paramName) => IsValidPixelSize(pixels)
        ? pixels
        : throw new ArgumentOutOfRangeException(paramName, pixels,
            $"A frame's width and height must each be from {MinPixels} to {MaxPixels} pixels; {paramName} is {pixels.ToString(CultureInfo.InvariantCulture)}.");
}
