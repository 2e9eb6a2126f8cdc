namespace AnimLib.Mobjects;

/// <summary>
/// How a mobject's fill reacts to the scene's light (ManimGL's <c>set_shading</c>). All zero (the default) means unlit:
/// the fill keeps its flat colour.
/// </summary>
/// <param name="Reflectiveness">Diffuse brightening toward white where the face turns to the light.</param>
/// <param name="Gloss">Specular highlight toward white where the light reflects into the camera.</param>
/// <param name="Shadow">Darkening toward black where the face turns away from the light.</param>
public readonly record struct Shading(double Reflectiveness, double Gloss, double Shadow)
{
    /// <summary>Unlit.</summary>
    public static Shading None => default;

    /// <summary>True when shading changes nothing.</summary>
    public bool IsNone => Reflectiveness == 0 && Gloss == 0 && Shadow == 0;

    /// <summary>Linear interpolation of each component.</summary>
    public static Shading Lerp(Shading a, Shading b, double alpha) => new(
        a.Reflectiveness + (b.Reflectiveness - a.Reflectiveness) * alpha,
        a.Gloss + (b.Gloss - a.Gloss) * alpha,
        a.Shadow + (b.Shadow - a.Shadow) * alpha);
}
