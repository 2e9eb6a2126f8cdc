using System.Numerics;
using static AnimLib.Directions;
using static AnimLib.Core.Tests.Support.TestShapes;

namespace AnimLib.Core.Tests.Mobjects;

public class ShapeTests
{
    [Fact]
    public void CirclePointsLieOnRadius()
    {
        var c = new Circle(radius: 1.5).Shift(new Vector3(1, 2, 0));
        for (int i = 0; i <= 20; i++)
            Assert.Equal(1.5, Vector3.Distance(c.PointFromProportion(i / 20.0), new Vector3(1, 2, 0)), 3);
        Assert.Equal(3, c.GetWidth(), 3);
        AssertClose(new Vector3(1, 2, 0), c.GetArcCenter(), 1e-3f);
        Assert.Equal(1.5, c.GetRadius(), 3);
        Assert.Equal(Palette.Red, c.StrokeColor);
        Assert.Equal(0, c.FillOpacity);
    }

    [Fact]
    public void DotDefaults()
    {
        var d = new Dot(new Vector3(1, 1, 0));
        Assert.Equal(0.16, d.GetWidth(), 3);
        AssertClose(new Vector3(1, 1, 0), d.GetCenter(), 1e-4f);
        Assert.Equal(1, d.FillOpacity);
        Assert.Equal(0, d.StrokeWidth);
    }

    [Fact]
    public void RectangleStartsUpperRightCounterClockwise()
    {
        var r = new Rectangle(4, 2);
        AssertClose(new Vector3(2, 1, 0), r.Points[0]);
        AssertClose(new Vector3(-2, 1, 0), r.Points[3]);
        Assert.Equal(4, r.CurveCount);
        var sq = new Square(3);
        Assert.Equal(3, sq.GetWidth(), 5);
        AssertClose(new Vector3(-1.5f, -1.5f, 0), sq.GetCorner(DL));
    }

    [Fact]
    public void LineBuffAndArc()
    {
        var l = new Line(new Vector3(-2, 0, 0), new Vector3(2, 0, 0), buff: 0.5);
        Assert.Equal(3, l.GetLength(), 5);
        AssertClose(new Vector3(-1.5f, 0, 0), l.GetStart());
        Assert.Equal(0, l.GetAngle(), 6);
        var arc = new Line(Left, Right, pathArc: Math.PI / 2);
        // Chord 2 subtending 90°: radius √2, sagitta √2 − 1, bulging below for a counter-clockwise arc from left to right.
        var mid = arc.PointFromProportion(0.5);
        Assert.Equal(-(Math.Sqrt(2) - 1), mid.Y, 3);
        AssertClose(Left, arc.GetStart(), 1e-4f);
        AssertClose(Right, arc.GetEnd(), 1e-4f);
        l.SetLength(1);
        Assert.Equal(1, l.GetLength(), 5);
        l.PutStartAndEndOn(new Vector3(0, 0, 0), new Vector3(0, 2, 0));
        AssertClose(new Vector3(0, 2, 0), l.GetEnd());
        Assert.Equal(Math.PI / 2, l.GetAngle(), 5);
    }

    [Fact]
    public void LineBetweenMobjectsStartsOnTheirEdges()
    {
        var a = new Square(2).Shift(Left * 3);
        var b = new Square(2).Shift(Right * 3);
        var l = new Line(a, b);
        AssertClose(new Vector3(-2, 0, 0), l.GetStart());
        AssertClose(new Vector3(2, 0, 0), l.GetEnd());
    }

    [Fact]
    public void DashedLineDashCount()
    {
        var d = new DashedLine(Left, Right, dashLength: 0.1);
        Assert.Equal(10, d.Count); // ⌈2 / (0.1 / 0.5)⌉
        AssertClose(Left, d.GetStart());
        AssertClose(Right, d.GetEnd());
        Assert.Equal(0.1, ((VMobject)d[0]).GetArcLength(), 4);
    }

    [Fact]
    public void ArrowGeometry()
    {
        var a = new Arrow(new Vector3(-2, 0, 0), new Vector3(2, 0, 0));
        AssertClose(new Vector3(1.75f, 0, 0), a.GetEnd());
        AssertClose(new Vector3(-1.75f, 0, 0), a.GetStart());
        // Shaft is 0.015 · 3 = 0.045 wide; tip is 5x as wide.
        Assert.Equal(0.225, a.GetHeight(), 4);
        Assert.Equal(3.5, a.GetWidth(), 4);
        Assert.Equal(1, a.FillOpacity);
        Assert.Equal(0.045, Math.Abs(a.Points[4 * 6].Y - a.Points[0].Y), 4);
        // Scaling rebuilds from the new ends and keeps the thickness.
        a.Scale(0.5);
        Assert.Equal(1.75, a.GetLength(), 4);
        Assert.Equal(0.225, a.GetHeight(), 4);
        var v = new Vector(new Vector3(0, 2, 0));
        AssertClose(new Vector3(0, 2, 0), v.GetEnd());
        AssertClose(Vector3.Zero, v.GetStart());
        Assert.Throws<NotSupportedException>(() => new Arrow(Left, Right, pathArc: 1));
    }

    [Fact]
    public void AnnulusHasOppositeWindings()
    {
        var ring = new Annulus(1, 2);
        var paths = ring.GetSubpaths();
        Assert.Equal(2, paths.Count);
        Assert.True(SignedArea(paths[0]) > 0);
        Assert.True(SignedArea(paths[1]) < 0);
    }

    private static double SignedArea(Vector3[] path)
    {
        double area = 0;
        for (int i = 0; i < path.Length; i += 4)
            area += path[i].X * path[i + 3].Y - path[i + 3].X * path[i].Y;
        return area / 2;
    }

    [Fact]
    public void PolygonsAndRoundCorners()
    {
        var tri = new Polygon(new Vector3(0, 0, 0), new Vector3(2, 0, 0), new Vector3(0, 2, 0));
        Assert.Equal(3, tri.GetVertices().Count);
        Assert.True(tri.IsClosed());
        var width = tri.GetWidth();
        tri.RoundCorners(0.2);
        Assert.True(tri.GetWidth() < width);
        Assert.True(tri.GetCorner(DL).X >= -1e-5 && tri.GetCorner(DL).Y >= -1e-5);
        Assert.Equal(6, tri.CurveCount);
        var hex = new RegularPolygon(6);
        Assert.Equal(6, hex.GetVertices().Count);
        Assert.All(hex.GetVertices(), p => Assert.Equal(1, p.Length(), 4));
        Assert.Equal(hex.GetVertices()[0].Y, hex.GetVertices()[1].Y, 4); // flat top
        var t = new Triangle();
        AssertClose(new Vector3(0, 1, 0), t.GetVertices()[0]);
    }

    [Fact]
    public void MatchersSurroundTheirTarget()
    {
        var target = new Square(2).Shift(Right);
        var rect = new SurroundingRectangle(target);
        Assert.Equal(2.2, rect.GetWidth(), 4);
        AssertClose(target.GetCenter(), rect.GetCenter());
        Assert.Equal(Palette.Yellow, rect.StrokeColor);
        var bg = new BackgroundRectangle(target);
        Assert.Equal(2, bg.GetWidth(), 4);
        Assert.Equal(0.75, bg.FillOpacity);
        var full = new FullScreenRectangle();
        Assert.Equal(Constants.FrameWidth, full.GetWidth(), 3);
        var cross = new Cross(target);
        AssertClose(target.GetCorner(UL), cross.GetCorner(UL));
        AssertClose(target.GetCorner(DR), cross.GetCorner(DR));
        Assert.Equal([0.0, 6.0, 0.0], ((VMobject)cross[0]).StrokeWidths!);
        target.FixInFrame();
        Assert.True(new SurroundingRectangle(target).IsFixedInFrame);
    }

    [Fact]
    public void SmallShapes()
    {
        var elbow = new Elbow(0.5);
        Assert.Equal(0.5, elbow.GetWidth(), 5);
        AssertClose(new Vector3(0.5f, 0.5f, 0), elbow.GetAnchors()[1]);
        var tip = new ArrowTip();
        AssertClose(Vector3.Zero, tip.GetTipPoint());
        AssertClose(Right, tip.GetDirection());
        var point = new VectorizedPoint(new Vector3(3, 1, 0));
        AssertClose(new Vector3(3, 1, 0), point.GetLocation());
        Assert.Equal(0, point.GetWidth());
        var ell = new Ellipse(4, 1);
        Assert.Equal(4, ell.GetWidth(), 4);
        Assert.Equal(1, ell.GetHeight(), 4);
        var rr = new RoundedRectangle(4, 2, 0.5);
        Assert.Equal(4, rr.GetWidth(), 4);
        Assert.Equal(8, rr.CurveCount);
    }
}
