using System.Numerics;
using AnimLib.Geometry;
using AnimLib.Mobjects;

namespace AnimLib.Animations;

/// <summary>
/// A burst of <c>numLines</c> short rays around a point, each drawn outward and erased
/// (<see cref="ShowCreationThenDestruction"/>); the rays are removed at the end.
/// </summary>
public class Flash : AnimationGroup
{
    /// <summary>Creates a flash at <paramref name="point"/>.</summary>
    /// <param name="point">Centre of the burst.</param>
    /// <param name="color">Ray colour (Yellow by default).</param>
    /// <param name="lineLength">Length of each ray.</param>
    /// <param name="numLines">Number of rays.</param>
    /// <param name="flashRadius">Distance from the centre to the outer end of each ray.</param>
    /// <param name="lineStrokeWidth">Ray stroke width.</param>
    public Flash(Vector3 point, Color? color = null, double lineLength = 0.2, int numLines = 12, double flashRadius = 0.3,
        double lineStrokeWidth = 3.0)
        : base(CreateLines(point, color ?? Palette.Yellow, lineLength, numLines, flashRadius, lineStrokeWidth)
            .Select(l => (Animation)new ShowCreationThenDestruction(l)).ToList())
    {
        Point = point;
    }

    /// <summary>Creates a flash at the centre of <paramref name="mobject"/>.</summary>
    public Flash(Mobject mobject, Color? color = null, double lineLength = 0.2, int numLines = 12, double flashRadius = 0.3,
        double lineStrokeWidth = 3.0)
        : this(mobject.GetCenter(), color, lineLength, numLines, flashRadius, lineStrokeWidth)
    {
    }

    /// <summary>Centre of the burst.</summary>
    public Vector3 Point { get; }

    /// <summary>The rays.</summary>
    public IEnumerable<Line> Lines => Animations.Select(a => (Line)a.Mobject);

    private static List<Line> CreateLines(Vector3 point, Color color, double lineLength, int numLines, double flashRadius, double width)
    {
        if (numLines < 1) throw new ArgumentOutOfRangeException(nameof(numLines), numLines, "A flash needs at least one line.");
        var lines = new List<Line>(numLines);
        for (int i = 0; i < numLines; i++)
        {
            double angle = i * 2 * Math.PI / numLines;
            var line = new Line(point, point + Directions.Right * (float)lineLength);
            line.Shift(Directions.Right * (float)(flashRadius - lineLength));
            line.Rotate(angle, aboutPoint: point);
            line.SetStroke(color, width);
            lines.Add(line);
        }
        return lines;
    }
}
