using System.Numerics;

namespace AnimLib.Core.Tests.Geometry;

public class BezierTests
{
    private static readonly Vector3[] Curve = [new(0, 0, 0), new(1, 2, 0), new(3, 2, 0), new(4, 0, 0)];

    [Fact]
    public void EvaluateHitsEndpointsAndMidpoint()
    {
        Assert.Equal(Curve[0], Bezier.Evaluate(Curve, 0));
        Assert.Equal(Curve[3], Bezier.Evaluate(Curve, 1));
        // (1/8)(p0 + 3 p1 + 3 p2 + p3) = (2, 1.5)
        var mid = Bezier.Evaluate(Curve, 0.5);
        Assert.Equal(2f, mid.X, 5);
        Assert.Equal(1.5f, mid.Y, 5);
    }

    [Fact]
    public void PartialCurveMatchesOriginalOnItsRange()
    {
        var part = new Vector3[4];
        Bezier.Partial(Curve, 0.25, 0.75, part);
        for (int i = 0; i <= 10; i++)
        {
            double s = i / 10.0;
            var expected = Bezier.Evaluate(Curve, 0.25 + 0.5 * s);
            var actual = Bezier.Evaluate(part, s);
            Assert.True(Vector3.Distance(expected, actual) < 1e-5, $"s={s}: {expected} vs {actual}");
        }
    }

    [Fact]
    public void SubdivideKeepsShape()
    {
        var pieces = Bezier.Subdivide(Curve, 3);
        Assert.Equal(12, pieces.Length);
        Assert.Equal(Curve[0], pieces[0]);
        Assert.Equal(Curve[3], pieces[^1]);
        Assert.True(Vector3.Distance(pieces[4], Bezier.Evaluate(Curve, 1.0 / 3)) < 1e-5);
        Assert.True(Vector3.Distance(pieces[7], pieces[8]) < 1e-6, "pieces must join");
    }

    [Fact]
    public void LengthOfStraightCubicIsChord()
    {
        var line = new Vector3[4];
        Bezier.Line(new(0, 0, 0), new(3, 4, 0), line);
        Assert.Equal(5.0, Bezier.ApproxLength(line), 5);
    }

    [Fact]
    public void ArcPiecesLieOnUnitCircle()
    {
        var arc = Bezier.Arc(0, Math.PI, 4);
        for (int c = 0; c < 4; c++)
            for (int i = 0; i <= 8; i++)
            {
                var p = Bezier.Evaluate(arc.AsSpan(4 * c, 4), i / 8.0);
                Assert.InRange(p.Length(), 0.9995, 1.0005);
            }
    }

    [Fact]
    public void InsertNCurvesAndPointFromProportion()
    {
        var line = new VMobject().SetPointsAsCorners([new(0, 0, 0), new(4, 0, 0)]);
        line.InsertNCurves(3);
        Assert.Equal(4, line.CurveCount);
        Assert.Equal(new Vector3(4, 0, 0), line.Points[^1]);
        Assert.Equal(1.0f, line.PointFromProportion(0.25).X, 4);
        Assert.Equal(3.0f, line.PointFromProportion(0.75).X, 4);
        // Longest piece is always split first: a long and a short segment get the insertions on the long one.
        var bent = new VMobject().SetPointsAsCorners([new(0, 0, 0), new(4, 0, 0), new(4, 1, 0)]);
        bent.InsertNCurves(3);
        Assert.Equal(5, bent.CurveCount);
        Assert.Equal(4, Enumerable.Range(0, 5).Count(i => bent.Points[4 * i + 3].Y == 0));
    }

    [Fact]
    public void PointwiseBecomePartialKeepsPointCountAndCollapsesEnds()
    {
        var path = new VMobject().SetPointsAsCorners([new(0, 0, 0), new(1, 0, 0), new(2, 0, 0), new(3, 0, 0), new(4, 0, 0)]);
        var partial = new VMobject();
        partial.PointwiseBecomePartial(path, 0, 0.5);
        Assert.Equal(path.Points.Length, partial.Points.Length);
        Assert.Equal(2f, partial.Points[^1].X, 5);
        partial.PointwiseBecomePartial(path, 0.375, 0.625);
        Assert.Equal(1.5f, partial.Points[0].X, 5);
        Assert.Equal(2.5f, partial.Points[^1].X, 5);
    }
}
