namespace AnimLib.Mobjects;

/// <summary>Font weights, as the numeric weight classes of OpenType and CSS (100 thin … 900 black).</summary>
/// <remarks>The nearest weight an installed family offers is used.</remarks>
public enum FontWeight
{
    /// <summary>Light (300).</summary>
    Light = 300,

    /// <summary>Regular (400).</summary>
    Normal = 400,

    /// <summary>Medium (500).</summary>
    Medium = 500,

    /// <summary>Semi-bold (600).</summary>
    SemiBold = 600,

    /// <summary>Bold (700).</summary>
    Bold = 700,

    /// <summary>Heavy (900).</summary>
    Heavy = 900,
}
