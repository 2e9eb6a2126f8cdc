using System.Numerics;
using AnimLib.Core.Tests.Support;
using AnimLib.Display;
using AnimLib.Encoding;
using AnimLib.Rendering;
using static AnimLib.Palette;

namespace AnimLib.Core.Tests.ThreeD;

/// <summary>Depth ordering, shading, solids, dot clouds and images, checked by pixels and reference frames at 854x480.</summary>
public class ThreeDRenderTests
{
    private static FrameBuffer RenderFinal(Action<LambdaScene> body) => LambdaScene.RenderFinalFrame(body);

    private static void AssertColor(Color expected, (byte R, byte G, byte B, byte A) actual, int tolerance = 2)
    {
        Assert.True(Math.Abs(expected.R * 255 - actual.R) <= tolerance && Math.Abs(expected.G * 255 - actual.G) <= tolerance
            && Math.Abs(expected.B * 255 - actual.B) <= tolerance, $"expected {expected}, got ({actual.R}, {actual.G}, {actual.B})");
    }

    private static (VMobject Near, VMobject Far) TwoSquares()
    {
        // Red at z = +1 (in front from the default view), blue at z = −1 and offset so both show.
        var red = TestShapes.Box(2, 2).SetFill(Red, 1).SetStroke(width: 0).Shift(new Vector3(0, 0, 1));
        var blue = TestShapes.Box(2, 2).SetFill(Blue, 1).SetStroke(width: 0).Shift(new Vector3(1, 0.5f, -1));
        return (red, blue);
    }

    [Fact]
    public void DepthTest_FrontView_NearSquareCoversFarOne()
    {
        var frame = RenderFinal(s =>
        {
            var (red, blue) = TwoSquares();
            // Added far-last, so only the depth test can put red on top.
            s.Add(red, blue);
            s.Add(new Group(red, blue).ApplyDepthTest());
        });
        AssertColor(Red, frame.GetPixel(427 + 40, 240 - 20));
        ReferenceImages.AssertMatches(frame, nameof(ThreeDRenderTests));
    }

    [Fact]
    public void DepthTest_ViewFromBehind_SwapsTheOrder()
    {
        var frame = RenderFinal(s =>
        {
            var (red, blue) = TwoSquares();
            s.Add(new Group(red, blue).ApplyDepthTest());
            s.SetFloorPlane("xz");
            s.Frame.Reorient(180, 0, 0);
        });
        // From behind, +x is screen-left; the overlap region (x in [0, 1]) is now blue.
        AssertColor(Blue, frame.GetPixel(427 - 40, 240 - 20));
        ReferenceImages.AssertMatches(frame, nameof(ThreeDRenderTests));
    }

    [Fact]
    public void WithoutDepthTest_SceneOrderWins_FromBothSides()
    {
        foreach (double theta in new[] { 0.0, 180.0 })
        {
            var frame = RenderFinal(s =>
            {
                var (red, blue) = TwoSquares();
                s.Add(red, blue);
                s.SetFloorPlane("xz");
                s.Frame.Reorient(theta, 0, 0);
            });
            AssertColor(Blue, frame.GetPixel(theta == 0 ? 427 + 40 : 427 - 40, 240 - 20));
        }
    }

    [Fact]
    public void CubeInFront_OccludesCubeBehind()
    {
        var frame = RenderFinal(s =>
        {
            s.Frame.Reorient(20, 60, 0);
            // The back cube sits 4 units farther along the line of sight, nudged right so both show.
            var away = -s.Frame.GetTowardCamera();
            var back = new Cube(color: Red).Shift(away * 4 + new Vector3(0.8f, 0, 0));
            var front = new Cube(color: Green);
            s.Add(front, back);
        });
        // The centre of the screen looks at the front cube (the frame centre is the origin).
        var (r, g, b, _) = frame.GetPixel(427, 240);
        Assert.True(g > r + 40 && g > b, $"expected the green cube in front, got ({r}, {g}, {b})");
        ReferenceImages.AssertMatches(frame, nameof(ThreeDRenderTests));
    }

    [Fact]
    public void ShadedCube_FacesHaveDistinctBrightness()
    {
        var frame = RenderFinal(s =>
        {
            s.Add(new Cube(color: Blue).SetShading(0.5, 0.3, 0.4));
            s.Frame.Reorient(-30, 65, 0);
        });
        ReferenceImages.AssertMatches(frame, nameof(ThreeDRenderTests));
    }

    [Fact]
    public void ShadedSphere()
    {
        var frame = RenderFinal(s =>
        {
            s.Add(new Sphere(radius: 2, color: Blue));
            s.Frame.Reorient(20, 70, 0);
        });
        // Lit from the upper left (light at (−10, 10, 10) in a zxz view, still upper-left-ish): left beats right.
        var left = frame.GetPixel(427 - 80, 240 - 40);
        var right = frame.GetPixel(427 + 90, 240 + 40);
        Assert.True(left.R + left.G + left.B > right.R + right.G + right.B, "the lit side should be brighter");
        ReferenceImages.AssertMatches(frame, nameof(ThreeDRenderTests));
    }

    [Fact]
    public void SolidsGallery()
    {
        var frame = RenderFinal(s =>
        {
            var vcube = new VCube(1.5).Shift(new Vector3(-4.5f, 0, 0));
            var prism = new Prism(2, 1, 1, color: Teal).Shift(new Vector3(-1.5f, 0, 0));
            var dodeca = new Dodecahedron().Scale(0.9).Shift(new Vector3(1.5f, 0, 0));
            var torus = new Torus(0.9, 0.35, color: Maroon).Shift(new Vector3(4.5f, 0, 0));
            s.Add(vcube, prism, dodeca, torus);
            s.Frame.Reorient(10, 60, 0);
        });
        ReferenceImages.AssertMatches(frame, nameof(ThreeDRenderTests));
    }

    [Fact]
    public void DefaultThreeDAxes_CheckerboardSurfaceAndMesh_AtTheDocsOrientation()
    {
        // The docs' 3D starting view: default axes with tips and labels, a checkered surface with its mesh, a fixed title.
        var frame = RenderFinal(s =>
        {
            s.Frame.Reorient(-30, 70, 0);
            var axes = new ThreeDAxes(axisConfig: new NumberLineConfig(IncludeTip: true));
            var surface = new Surface((u, v) => axes.C2P(u, v, 1.5 * Math.Cos(Math.Sqrt(u * u + v * v))),
                uRange: (-4, 4), vRange: (-4, 4), resolution: (24, 24), checkerboardColors: [BlueD, BlueE]);
            var mesh = new SurfaceMesh(surface, resolution: (9, 9));
            var title = new AnimLib.Mobjects.Text("A surface").ToEdge(Directions.Up).FixInFrame();
            s.Add(axes, axes.GetAxisLabels(), surface, mesh, title);
        });
        ReferenceImages.AssertMatches(frame, nameof(ThreeDRenderTests));
    }

    [Fact]
    public void ThreeDAxesWithVectorsFacingTheCamera()
    {
        var frame = RenderFinal(s =>
        {
            var axes = new ThreeDAxes(zRange: (-3, 3, 1), unitSize: 1);
            s.Frame.Reorient(23, 71, 0, new Vector3(0, 0, 0.5f), 9);
            var vectors = new VGroup(
                new Vector(new Vector3(2, 0, 0), thickness: 4, fillColor: Red),
                new Vector(new Vector3(0, 2, 0), thickness: 4, fillColor: Green),
                new Vector(new Vector3(0, 0, 2), thickness: 4, fillColor: Blue));
            foreach (var v in vectors) v.SetPerpendicularToCamera(s.Frame);
            s.Add(axes, vectors);
        });
        ReferenceImages.AssertMatches(frame, nameof(ThreeDRenderTests));
    }

    [Fact]
    public void StackOfTranslucentBlocks_AsTheMlpChapterBuildsThem()
    {
        var frame = RenderFinal(s =>
        {
            Cube Block(double depth) => new Cube(color: GreyD, opacity: 0.8).DeactivateDepthTest()
                .SetShape(5, 3, depth).SetShading(0.5, 0.5, 0).Sort(p => Vector3.Dot(p, new Vector3(-1, 1, 1)));
            var blocks = new Group(Enumerable.Range(0, 6).Select(i => (Mobject)Block(i % 2 == 1 ? 2 : 1)));
            blocks.Arrange(Directions.Out, buff: 0.5).SetDepth(8, stretch: true).ApplyDepthTest();
            s.Camera.LightSource.SetZ(15);
            s.SetFloorPlane("xz");
            s.Frame.Reorient(-21, -12, 0, Vector3.Zero, 11);
            s.Add(blocks);
        });
        ReferenceImages.AssertMatches(frame, nameof(ThreeDRenderTests));
    }

    [Fact]
    public void Dodecahedron_FaceCentresInManimOrder()
    {
        var d = new Dodecahedron();
        Assert.Equal(12, d.Count);
        Vector3[] expected =
        [
            new(1.118f, 0, 0.809f), new(1.118f, 0, -0.809f), new(0.809f, 1.118f, 0), new(-0.809f, 1.118f, 0),
            new(0, -0.809f, 1.118f), new(0, 0.809f, 1.118f), new(-1.118f, 0, -0.809f), new(-1.118f, 0, 0.809f),
            new(-0.809f, -1.118f, 0), new(0.809f, -1.118f, 0), new(0, 0.809f, -1.118f), new(0, -0.809f, -1.118f),
        ];
        for (int i = 0; i < 12; i++)
        {
            TestShapes.AssertClose(expected[i], d[i].GetCenter(), 1e-3f);
            // Outward faces: the path normal points away from the centre.
            Assert.True(Vector3.Dot(MobjectThreeD.PlaneNormal(d[i].Points), d[i].GetCenter()) > 0);
        }
    }

    [Fact]
    public void Cube_FaceOrderAndOutwardNormals()
    {
        var cube = new Cube();
        Vector3[] order = [Directions.Out, Directions.Down, Directions.Right, Directions.Up, Directions.Left, Directions.In];
        var faces = cube.Faces().ToList();
        for (int i = 0; i < 6; i++)
        {
            TestShapes.AssertClose(order[i], faces[i].GetCenter(), 1e-4f);
            TestShapes.AssertClose(order[i], faces[i].GetQuadNormal(0, 0), 1e-4f);
        }
    }

    [Fact]
    public void DotCloud_PerPointColoursRadiiAndPerspective()
    {
        var frame = RenderFinal(s =>
        {
            var cloud = new DotCloud([new(-3, 0, 0), new(0, 0, 0), new(3, 0, 0)], radius: 0.3)
                .SetColors([Red, Green, Blue])
                .SetRadii([0.3, 0.5, 0.3]);
            var shaded = new DotCloud(Enumerable.Range(0, 12).Select(i => new Vector3(-5.5f + i, -2.5f, 0)), Yellow, radius: 0.35).Make3D();
            s.Add(cloud, shaded);
        });
        AssertColor(Red, frame.GetPixel(427 - 180, 240));
        AssertColor(Green, frame.GetPixel(427, 240));
        AssertColor(Blue, frame.GetPixel(427 + 180, 240));
        // Radius 0.5 = 30 px: inside at 27, background at 33.
        AssertColor(Green, frame.GetPixel(427 + 27, 240));
        AssertColor(Black, frame.GetPixel(427 + 33, 240));
        ReferenceImages.AssertMatches(frame, nameof(ThreeDRenderTests));
    }

    [Fact]
    public void DotCloud_SetRgbaArray_GivesEachDotItsColour()
    {
        var cloud = new DotCloud([new(0, 0, 0), new(1, 0, 0)]).SetRgbaArray(new double[,] { { 1, 0, 0, 1 }, { 0, 0, 1, 0.5 } });
        Assert.Equal(new Color(0, 0, 1), cloud.GetDotColor(1));
        Assert.Equal(0.5, cloud.GetDotOpacity(1));
        Assert.Throws<ArgumentException>(() => cloud.SetRgbaArray(new double[2, 3]));
    }

    [Fact]
    public void DotCloud_DotsBehindTheEyeAreSkipped()
    {
        var snapshot = LambdaScene.Record(s =>
        {
            // The default eye is about 9.66 units out along +z.
            s.Add(new DotCloud([new(0, 0, 0), new(0, 0, 20)], radius: 0.2));
            s.Wait(0.1);
        }).Frames[0];
        var item = Assert.IsType<DotCloudItem>(Assert.Single(snapshot.Items));
        Assert.Equal(1, item.Count);
        Assert.Equal(12, item.Radii[0], 3); // 0.2 units at 60 px per unit
    }

    [Fact]
    public void DotCloud_IdenticalFramesCompareEqual()
    {
        var output = LambdaScene.Record(s =>
        {
            s.Add(new DotCloud([new(0, 0, 0), new(1, 1, 0)]), new Sphere());
            s.Wait(0.2);
        }, 854, 480, 15);
        Assert.True(output.Frames[0].ContentEquals(output.Frames[1]));
    }

    private static string MakePng()
    {
        // 40x20: left half red, right half blue, top-right quarter half-transparent white.
        var buffer = new FrameBuffer(40, 20);
        for (int y = 0; y < 20; y++)
        {
            for (int x = 0; x < 40; x++)
            {
                int i = y * buffer.Stride + 4 * x;
                (byte r, byte g, byte b, byte a) = x < 20 ? ((byte)255, (byte)0, (byte)0, (byte)255) : ((byte)0, (byte)0, (byte)255, (byte)255);
                if (x >= 20 && y < 10) (r, g, b, a) = (128, 128, 128, 128); // premultiplied half white
                buffer.Pixels[i] = b;
                buffer.Pixels[i + 1] = g;
                buffer.Pixels[i + 2] = r;
                buffer.Pixels[i + 3] = a;
            }
        }
        var path = Path.Combine(Path.GetTempPath(), $"animlib-test-image-{Guid.NewGuid():N}.png");
        PngFile.Save(buffer, path);
        return path;
    }

    [Fact]
    public void Surface_AtFullHd_ShowsNoSeamsBetweenItsQuads()
    {
        // An unlit opaque 40x40 sheet filling most of a 1080p frame, turned so no quad is axis-aligned. Painted as
        // antialiased quads, every shared edge left a darker hairline; as one mesh, the inside is the fill colour exactly.
        var frame = LambdaScene.RenderFinalFrame(s =>
        {
            var sheet = new Surface((u, v) => new Vector3((float)u, (float)v, 0), uRange: (-3, 3), vRange: (-3, 3),
                resolution: (40, 40), color: new Color(0.8f, 0.4f, 0.2f), shading: Shading.None);
            s.Add(sheet.Rotate(0.3, Directions.Out));
        }, 1920, 1080);
        var expected = ((byte)204, (byte)102, (byte)51, (byte)255);
        // A 400x400 crop around the centre, well inside the sheet.
        int off = 0;
        for (int y = 340; y < 740; y++)
            for (int x = 760; x < 1160; x++)
                if (frame.GetPixel(x, y) != expected) off++;
        Assert.Equal(0, off);
        // The sheet's border is antialiased: a row through the right edge passes through partly covered pixels.
        int partial = 0;
        for (int x = 1200; x < 1600; x++)
        {
            var p = frame.GetPixel(x, 540);
            if (p.R is > 10 and < 195) partial++;
        }
        Assert.InRange(partial, 1, 3);
    }

    [Fact]
    public void ImageMobject_SeenInPerspective_IsATrapezoid()
    {
        var path = MakePng();
        try
        {
            var frame = RenderFinal(s =>
            {
                // Tilted back about the x axis under a perspective camera: the far (top) edge is shorter than the near one.
                s.Add(new ImageMobject(path, height: 3).Rotate(-1.0, Directions.Right));
                s.Frame.SetFieldOfView(50 * Math.PI / 180);
            });
            static (int Left, int Right) Extent(FrameBuffer f, int y)
            {
                int left = -1, right = -1;
                for (int x = 0; x < f.Width; x++)
                {
                    if (f.GetPixel(x, y).R < 128 && f.GetPixel(x, y).B < 128) continue;
                    if (left < 0) left = x;
                    right = x;
                }
                return (left, right);
            }
            int top = Enumerable.Range(0, 480).First(y => Extent(frame, y).Left >= 0);
            int bottom = Enumerable.Range(0, 480).Last(y => Extent(frame, y).Left >= 0);
            var (tl, tr) = Extent(frame, top + 2);
            var (bl, br) = Extent(frame, bottom - 2);
            Assert.True(tr - tl < br - bl - 10, $"top row {tl}..{tr}, bottom row {bl}..{br}: the far edge should be shorter");
            // Straight edges: the left edge's x changes linearly from top to bottom (a projective map keeps lines straight).
            var (ml, _) = Extent(frame, (top + bottom) / 2);
            Assert.InRange(ml, (tl + bl) / 2 - 2, (tl + bl) / 2 + 2);
            // Foreshortening: the image's far (grey) half covers fewer rows than its near (blue) half. An affine fit of the
            // corners would split the height evenly.
            int column = (tr + br) / 2 - 20;
            int split = Enumerable.Range(top, bottom - top).First(y => frame.GetPixel(column, y).B > 200 && frame.GetPixel(column, y).R < 60);
            Assert.True(split - top < bottom - split - 8, $"far half {split - top} rows, near half {bottom - split} rows");
            ReferenceImages.AssertMatches(frame, nameof(ThreeDRenderTests));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void ImageMobject_KeepsAspect_AndDrawsItsPixels()
    {
        var path = MakePng();
        try
        {
            var image = new ImageMobject(path, height: 2);
            Assert.Equal(40, image.Image.Width);
            Assert.Equal(4, image.GetWidth(), 4);
            Assert.Equal(2, image.GetHeight(), 4);
            var frame = RenderFinal(s => s.Add(image));
            // 4 x 2 units = 240 x 120 px centred: left half red, lower-right blue.
            AssertColor(new Color(1, 0, 0), frame.GetPixel(427 - 60, 240));
            AssertColor(new Color(0, 0, 1), frame.GetPixel(427 + 60, 240 + 30));
            var (r, _, _, _) = frame.GetPixel(427 + 60, 240 - 30);
            Assert.InRange(r, 118, 138); // half-transparent white over black
            AssertColor(Black, frame.GetPixel(427 + 130, 240));

            var faded = RenderFinal(s =>
            {
                s.Add(new ImageMobject(path, height: 2).SetOpacity(0.5).Rotate(Math.PI / 6));
                s.Add(new Group(new ImageMobject(path, height: 1).Shift(new Vector3(0, 2.5f, 0))).SetColor(Green)); // colour is ignored
            });
            ReferenceImages.AssertMatches(faded, nameof(ThreeDRenderTests));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void ImageMobject_DecodesJpeg()
    {
        var png = MakePng();
        var jpeg = Path.ChangeExtension(png, ".jpg");
        try
        {
            var convert = System.Diagnostics.Process.Start(FfmpegTools.Ffmpeg, ["-v", "error", "-y", "-i", png, jpeg])!;
            convert.WaitForExit();
            Assert.Equal(0, convert.ExitCode);
            var image = new ImageMobject(jpeg, height: 2);
            Assert.Equal((40, 20), (image.Image.Width, image.Image.Height));
            var frame = RenderFinal(s => s.Add(image));
            var (r, g, b, _) = frame.GetPixel(427 - 60, 240);
            Assert.True(r > 230 && g < 30 && b < 30, $"expected red, got ({r}, {g}, {b})");
        }
        finally
        {
            File.Delete(png);
            File.Delete(jpeg);
        }
    }

    [Fact]
    public void ImageMobject_MissingFile_NamesThePath()
    {
        var path = Path.Combine(Path.GetTempPath(), "animlib-no-such-image.png");
        var ex = Assert.Throws<FileNotFoundException>(() => new ImageMobject(path));
        Assert.Contains(path, ex.Message);
    }

    [Fact]
    public void Vector_SetPerpendicularToCamera_FacesTheEye()
    {
        var frame = new CameraFrame().Reorient(0, 90, 0); // camera on the −y side
        var v = new Vector(new Vector3(2, 0, 0), thickness: 4);
        // Initially in the xy plane (normal z): seen edge-on from −y.
        v.SetPerpendicularToCamera(frame);
        var normal = MobjectThreeD.PlaneNormal(v.Points);
        Assert.True(Math.Abs(normal.Y) > 0.999f, $"normal {normal}");
        TestShapes.AssertClose(new Vector3(2, 0, 0), v.GetEnd(), 1e-4f);
    }

    [Fact]
    public void FlatStroke_NarrowsWhenSeenObliquely()
    {
        var snapshot = LambdaScene.Record(s =>
        {
            s.Add(TestShapes.Box(2, 2).SetStroke(White, 10).SetFlatStroke());
            s.Add(TestShapes.Box(2, 2).SetStroke(White, 10));
            s.Frame.Reorient(0, 60, 0);
            s.Wait(0.1);
        }).Frames[0];
        var flat = (VectorItem)snapshot.Items[0];
        var facing = (VectorItem)snapshot.Items[1];
        Assert.True(flat.StrokeWidth < facing.StrokeWidth * 0.6f);
    }
}
