using System.Numerics;
using AnimLib.Geometry;

namespace AnimLib.Mobjects;

/// <summary>A small filled disc (white, radius 0.08, no stroke by default).</summary>
public class Dot : Circle
{
    /// <summary>The default radius.</summary>
    public const double DefaultRadius = 0.08;

    /// <summary>Creates a dot centred at <paramref name="point"/>.</summary>
    public Dot(Vector3? point = null, double radius = DefaultRadius, Color? color = null, double fillOpacity = 1.0)
        : base(radius, arcCenter: point)
    {
        FillColor = color ?? Palette.White;
        FillOpacity = fillOpacity;
        StrokeColor = Palette.Black;
        StrokeWidth = 0;
    }
}
