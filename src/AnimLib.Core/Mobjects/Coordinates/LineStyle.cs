using AnimLib.Geometry;

namespace AnimLib.Mobjects;

/// <summary>Stroke style of a set of lines (ManimGL's <c>background_line_style</c> dictionaries); null keeps the value below.</summary>
/// <param name="StrokeColor">Stroke colour.</param>
/// <param name="StrokeWidth">Stroke width.</param>
/// <param name="StrokeOpacity">Stroke opacity.</param>
public sealed record LineStyle(Color? StrokeColor = null, double? StrokeWidth = null, double? StrokeOpacity = null)
{
    /// <summary>NumberPlane's background lines: BLUE_D, width 2, opacity 1.</summary>
    public static LineStyle DefaultBackground { get; } = new(Palette.BlueD, 2, 1);

    /// <summary>This style with the non-null values of <paramref name="overrides"/> taking precedence.</summary>
    public LineStyle Merge(LineStyle? overrides) => overrides is null ? this : new(
        overrides.StrokeColor ?? StrokeColor, overrides.StrokeWidth ?? StrokeWidth, overrides.StrokeOpacity ?? StrokeOpacity);

    /// <summary>Numbers (width, opacity) halved, colour kept: the default faded style.</summary>
    public LineStyle Halved() => new(StrokeColor, StrokeWidth * 0.5, StrokeOpacity * 0.5);

    /// <summary>Sets the stroke of every member of <paramref name="mobject"/>.</summary>
    public void ApplyTo(Mobject mobject) => mobject.SetStroke(StrokeColor, StrokeWidth, StrokeOpacity);
}
