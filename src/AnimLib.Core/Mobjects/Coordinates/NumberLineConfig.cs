using System.Numerics;
using AnimLib.Geometry;

namespace AnimLib.Mobjects;

/// <summary>
/// Style options of a <see cref="NumberLine"/> (ManimGL's <c>axis_config</c> dictionaries). Null keeps the value from the
/// level below: an Axes merges its defaults, then <c>axisConfig</c>, then <c>xAxisConfig</c>/<c>yAxisConfig</c>.
/// </summary>
/// <param name="Color">Line and tick colour (GREY_B).</param>
/// <param name="StrokeWidth">Line and tick width (2).</param>
/// <param name="IncludeTicks">Draw ticks at every step (true).</param>
/// <param name="TickSize">Half the tick length (0.1).</param>
/// <param name="IncludeTip">Draw an <see cref="ArrowTip"/> at the end of the line, at <c>XMax</c> (false).</param>
/// <param name="LineToNumberDirection">Side on which number labels sit (Down).</param>
/// <param name="LineToNumberBuff">Gap between the line and its number labels (0.25).</param>
/// <param name="DecimalPlaces">Decimal places of number labels (0).</param>
/// <param name="FontSize">Font size of number labels (36).</param>
/// <param name="TipWidth">Width of the tip's base (0.25, ManimGL's <c>tip_config</c> width).</param>
/// <param name="TipLength">Length of the tip along the line (0.25, ManimGL's <c>tip_config</c> length).</param>
public sealed record NumberLineConfig(
    Color? Color = null,
    double? StrokeWidth = null,
    bool? IncludeTicks = null,
    double? TickSize = null,
    bool? IncludeTip = null,
    Vector3? LineToNumberDirection = null,
    double? LineToNumberBuff = null,
    int? DecimalPlaces = null,
    double? FontSize = null,
    double? TipWidth = null,
    double? TipLength = null)
{
    /// <summary>ManimGL's NumberLine defaults.</summary>
    public static NumberLineConfig Default { get; } = new(Palette.GreyB, 2, true, 0.1, false, Directions.Down, 0.25, 0, 36, 0.25, 0.25);

    /// <summary>This config with every non-null value of <paramref name="overrides"/> taking precedence.</summary>
    public NumberLineConfig Merge(NumberLineConfig? overrides) => overrides is null ? this : new(
        overrides.Color ?? Color,
        overrides.StrokeWidth ?? StrokeWidth,
        overrides.IncludeTicks ?? IncludeTicks,
        overrides.TickSize ?? TickSize,
        overrides.IncludeTip ?? IncludeTip,
        overrides.LineToNumberDirection ?? LineToNumberDirection,
        overrides.LineToNumberBuff ?? LineToNumberBuff,
        overrides.DecimalPlaces ?? DecimalPlaces,
        overrides.FontSize ?? FontSize,
        overrides.TipWidth ?? TipWidth,
        overrides.TipLength ?? TipLength);
}
