namespace AnimLib;

/// <summary>Font slant, with Pango's numeric values.</summary>
public enum FontSlant
{
    /// <summary>Upright.</summary>
    Normal = 0,

    /// <summary>Slanted roman.</summary>
    Oblique = 1,

    /// <summary>True italic.</summary>
    Italic = 2,
}
