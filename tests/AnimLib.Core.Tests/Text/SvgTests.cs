namespace AnimLib.Core.Tests.Text;

public class SvgTests
{
    [Fact]
    public void PathCommandsAbsoluteAndRelative()
    {
        var pts = SvgPathParser.Parse("M0 0 L10 0 h5 v5 l-15 0 Z");
        Assert.Equal(5 * 4, pts.Count);
        Assert.Equal(15, pts[11].X, 4);
        Assert.Equal(5, pts[11].Y, 4);
        Assert.Equal(0, pts[^1].X, 4);
        Assert.Equal(0, pts[^1].Y, 4);
    }

    [Fact]
    public void ArcsLandOnTheirEndPointAndBulge()
    {
        var pts = SvgPathParser.Parse("M0 0 A5 5 0 0 1 10 0");
        Assert.Equal(10, pts[^1].X, 3);
        Assert.Equal(0, pts[^1].Y, 3);
        // A half circle of radius 5, sweep 1 (clockwise on screen, y down): it passes through (5, -5).
        Assert.Contains(pts, p => Math.Abs(p.X - 5) < 1e-3 && Math.Abs(p.Y + 5) < 1e-3);
    }

    [Fact]
    public void SmoothAndQuadraticCommands()
    {
        var pts = SvgPathParser.Parse("M0,0 C1,1 2,1 3,0 S5,-1 6,0 Q7,1 8,0 T10,0");
        Assert.Equal(4 * 4, pts.Count);
        // The S reflects the previous control point (2,1) about (3,0): (4,-1).
        Assert.Equal(4, pts[5].X, 4);
        Assert.Equal(-1, pts[5].Y, 4);
        Assert.Equal(10, pts[^1].X, 4);
    }

    [Fact]
    public void ShapesUseAndTransforms()
    {
        var svg = """
            <svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink">
              <defs><rect id="r" width="2" height="1" fill="#FF0000"/></defs>
              <use xlink:href="#r" x="10" y="0"/>
              <g transform="translate(0 5) scale(2)" style="fill:none;stroke:#00ff00;stroke-width:3">
                <circle cx="0" cy="0" r="1"/>
                <polyline points="0,0 1,1 2,0"/>
              </g>
            </svg>
            """;
        var shapes = SvgDocumentReader.Read(svg);
        Assert.Equal(3, shapes.Count);
        Assert.Equal(10, shapes[0].Points.Min(p => p.X), 3);
        Assert.Equal(12, shapes[0].Points.Max(p => p.X), 3);
        Assert.Equal(new Color(1, 0, 0), shapes[0].Fill);
        Assert.Null(shapes[1].Fill);
        Assert.Equal(new Color(0, 1, 0), shapes[1].Stroke);
        Assert.Equal(-2, shapes[1].Points.Min(p => p.X), 2);
        Assert.Equal(3, shapes[1].Points.Min(p => p.Y), 2);
    }

    [Fact]
    public void SvgMobjectIsScaledCentredAndFlipped()
    {
        var mob = SvgMobject.FromString("""<svg xmlns="http://www.w3.org/2000/svg"><rect x="0" y="0" width="4" height="1"/><rect x="0" y="3" width="1" height="1"/></svg>""");
        Assert.Equal(2, mob.Count);
        Assert.Equal(2, mob.GetHeight(), 3);
        Assert.Equal(0, mob.GetCenter().Y, 3);
        // The first rect is at the top of the SVG (small y), so above the second after flipping.
        Assert.True(mob[0].GetCenter().Y > mob[1].GetCenter().Y);
    }

    [Fact]
    public void MissingFileNamesThePath()
    {
        var ex = Assert.Throws<FileNotFoundException>(() => new SvgMobject("no/such/picture.svg"));
        Assert.Contains("picture.svg", ex.Message);
    }
}
