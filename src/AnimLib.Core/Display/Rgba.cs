namespace AnimLib.Display;

/// <summary>A straight (not premultiplied) RGBA colour with float channels in [0, 1], as the renderer consumes it.</summary>
/// <param name="R">Red channel.</param>
/// <param name="G">Green channel.</param>
/// <param name="B">Blue channel.</param>
/// <param name="A">Alpha (opacity).</param>
public readonly record struct Rgba(float R, float G, float B, float A)
{
    /// <summary>Opaque black.</summary>
    public static Rgba Black => new(0, 0, 0, 1);

    /// <summary>Fully transparent black.</summary>
    public static Rgba Transparent => new(0, 0, 0, 0);

    /// <summary>True when the colour draws nothing.</summary>
    public bool IsInvisible => A <= 0f;
}
