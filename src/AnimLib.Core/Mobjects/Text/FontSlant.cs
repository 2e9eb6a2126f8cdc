namespace AnimLib.Mobjects;

/// <summary>Font slant.</summary>
/// <remarks>A family without the slant asked for uses its nearest style (an oblique for italic, or the reverse).</remarks>
public enum FontSlant
{
    /// <summary>Upright.</summary>
    Normal = 0,

    /// <summary>Slanted roman.</summary>
    Oblique = 1,

    /// <summary>True italic.</summary>
    Italic = 2,
}
