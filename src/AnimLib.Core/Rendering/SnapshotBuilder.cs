using System.Numerics;

namespace AnimLib.Rendering;

/// <summary>
/// Walks mobjects in draw order and turns every visible piece into projected display items: vector paths, surface quads,
/// dot clouds and images. Applies the camera's perspective, shading by the light source, and depth ordering.
/// </summary>
/// <remarks>
/// Depth test is a painter's algorithm: consecutive depth-tested pieces (family members, surface quads, whole dot clouds
/// and images), across top-level mobjects, are painted from the farthest to the nearest (distance of their centroid to the
/// camera's eye); a piece without depth test is painted where it comes in scene order, as in ManimGL. Fixed-in-frame
/// pieces are projected through a default frame and never depth sorted.
/// </remarks>
public static class SnapshotBuilder
{
    /// <summary>Surface quads are outlined by this many pixels in their own colour so that neighbouring quads leave no hairline seams.</summary>
    private const float SurfaceSeamWidth = 0.75f;

    /// <summary>Largest difference between a quad's corner colours (0-1 per channel) for which it is filled flat rather than with a gradient (5/255: steps below that do not show as facets).</summary>
    private const float SmoothShadingThreshold = 0.02f;

    /// <summary>Builds the display list of <paramref name="mobjects"/> (top-level, in draw order) seen through <paramref name="frame"/>, lit from the default light position.</summary>
    public static FrameSnapshot Build(IEnumerable<Mobject> mobjects, CameraFrame frame, SceneSettings settings) =>
        Build(mobjects, new Camera(frame), settings);

    /// <summary>Builds the display list of <paramref name="mobjects"/> (top-level, in draw order) seen through <paramref name="camera"/>.</summary>
    public static FrameSnapshot Build(IEnumerable<Mobject> mobjects, Camera camera, SceneSettings settings) =>
        Build(mobjects, camera, settings, null);

    /// <summary>
    /// Builds a display list whose arrays are rented from <paramref name="pool"/> (when not null): the snapshot's owner
    /// recycles them once the frame is rasterized (see <see cref="FrameSnapshot.Recycle"/>).
    /// </summary>
    internal static FrameSnapshot Build(IEnumerable<Mobject> mobjects, Camera camera, SceneSettings settings, DisplayArrayPool? pool)
    {
        var projection = new Projection(camera.Frame, settings.PixelWidth, settings.PixelHeight);
        var fixedFrame = new CameraFrame(settings.FrameWidth, Constants.FrameHeight);
        var context = new Context
        {
            Camera = projection,
            Fixed = new Projection(fixedFrame, settings.PixelWidth, settings.PixelHeight),
            Light = camera.LightPosition,
            // Stroke widths are constant on screen: width w is 0.01·w scene units at the default 8-unit frame height.
            StrokeScale = 0.01f * settings.PixelHeight / (float)Constants.FrameHeight,
            Pool = pool,
        };
        // One pre-order walk with one set for the whole frame, in the order GetFamily gives: GetFamily per top-level
        // mobject allocated a list and a set for each (hundreds per frame for a grid of dots).
        var seen = new HashSet<Mobject>(ReferenceEqualityComparer.Instance);
        foreach (var top in mobjects) Walk(top);
        context.FlushRun();

        void Walk(Mobject member)
        {
            if (!seen.Add(member)) return;
            switch (member)
            {
                case VMobject v when v.Points.Length >= 4:
                    AddVector(v, context);
                    break;
                case Surface s when s.Points.Length == s.USamples * s.VSamples:
                    AddSurface(s, context);
                    break;
                case DotCloud d when d.Points.Length > 0:
                    AddDotCloud(d, context);
                    break;
                case ImageMobject i when i.Points.Length == 4:
                    AddImage(i, context);
                    break;
            }
            foreach (var child in member.Submobjects) Walk(child);
        }
        var bg = settings.Background;
        return new FrameSnapshot
        {
            PixelWidth = settings.PixelWidth,
            PixelHeight = settings.PixelHeight,
            Background = new Rgba(bg.R, bg.G, bg.B, (float)Math.Clamp(settings.BackgroundOpacity, 0, 1)),
            Items = context.Items,
            Pool = pool,
        };
    }

    // ---------------------------------------------------------------- vector paths

    private static void AddVector(VMobject v, Context context)
    {
        var projection = context.ProjectionFor(v);
        var fill = new Rgba(v.FillColor.R, v.FillColor.G, v.FillColor.B, (float)Math.Clamp(v.FillOpacity, 0, 1));
        var stroke = new Rgba(v.StrokeColor.R, v.StrokeColor.G, v.StrokeColor.B, (float)Math.Clamp(v.StrokeOpacity, 0, 1));
        bool hasStroke = !stroke.IsInvisible && (v.StrokeWidth > 0 || v.StrokeWidths is not null);
        if (fill.IsInvisible && !hasStroke) return;

        int curveCount = v.Points.Length / 4;
        var pts = v.Points;
        var xy = context.NewArray(curveCount * 8);
        var centroid = Vector3.Zero;
        for (int i = 0; i < curveCount * 4; i++)
        {
            var (x, y, _) = projection.ToPixel(pts[i]);
            xy[2 * i] = x;
            xy[2 * i + 1] = y;
            centroid += pts[i];
        }
        centroid /= curveCount * 4;

        bool needsNormal = !v.Shading.IsNone || v.FlatStroke;
        var normal = needsNormal ? MobjectThreeD.PlaneNormal(Anchors(pts)) : Vector3.Zero;
        var eye = projection.EyePosition;
        if (!v.Shading.IsNone)
        {
            if (!fill.IsInvisible) fill = Shade(fill, v.Shading, normal, centroid, context.Light, eye);
            // Strokes face the camera, so they are lit as a surface whose normal points at the eye.
            if (hasStroke) stroke = Shade(stroke, v.Shading, VectorMath.Normalize(eye - centroid), centroid, context.Light, eye);
        }

        float strokeScale = context.StrokeScale;
        if (v.FlatStroke)
        {
            // A stroke lying in the mobject's plane narrows when that plane turns edge-on and grows when it comes closer.
            float facing = normal == Vector3.Zero ? 1 : MathF.Max(MathF.Abs(Vector3.Dot(normal, projection.TowardCamera)), 0.2f);
            strokeScale *= projection.PerspectiveScale(centroid) * facing;
        }

        float[]? curveWidths = null;
        if (v.StrokeWidths is not null && hasStroke)
        {
            // Per-point widths are sampled at each curve's anchors and averaged per curve.
            var anchorWidths = v.GetStrokeWidthsResampled(curveCount + 1);
            curveWidths = context.NewArray(curveCount);
            for (int c = 0; c < curveCount; c++) curveWidths[c] = (float)(0.5 * (anchorWidths[c] + anchorWidths[c + 1])) * strokeScale;
        }

        var item = new VectorItem
        {
            Points = xy,
            Fill = fill,
            Stroke = hasStroke ? stroke : Rgba.Transparent,
            StrokeWidth = (float)v.StrokeWidth * strokeScale,
            CurveStrokeWidths = curveWidths,
            StrokeBehind = v.StrokeBehind,
            FillBorderWidth = fill.IsInvisible ? 0 : (float)v.FillBorderWidth * context.StrokeScale,
        };
        context.Add(item, v, Vector3.Distance(centroid, eye));
    }

    private static Vector3[] Anchors(Vector3[] curvePoints)
    {
        var anchors = new Vector3[curvePoints.Length / 4];
        for (int c = 0; c < anchors.Length; c++) anchors[c] = curvePoints[4 * c];
        return anchors;
    }

    // ---------------------------------------------------------------- surfaces

    private static void AddSurface(Surface s, Context context)
    {
        if (s.Opacity <= 0) return;
        var projection = context.ProjectionFor(s);
        var eye = projection.EyePosition;
        int nu = s.USamples, nv = s.VSamples;
        var pixels = new (float X, float Y)[s.Points.Length];
        for (int k = 0; k < pixels.Length; k++)
        {
            var (x, y, _) = projection.ToPixel(s.Points[k]);
            pixels[k] = (x, y);
        }
        var baseColor = new Rgba(s.Color.R, s.Color.G, s.Color.B, (float)Math.Clamp(s.Opacity, 0, 1));
        float seam = baseColor.A >= 0.999f ? SurfaceSeamWidth : 0;
        // Shaded surfaces are lit per vertex (normals averaged over the neighbouring quads) and the colours blended
        // across each quad, as ManimGL's per-vertex lighting does; unlit ones are flat quads.
        var vertexColors = s.Shading.IsNone ? null : VertexColors(s, baseColor, context.Light, eye);
        for (int i = 0; i < nu - 1; i++)
        {
            for (int j = 0; j < nv - 1; j++)
            {
                int a = i * nv + j, b = (i + 1) * nv + j, c = (i + 1) * nv + j + 1, d = i * nv + j + 1;
                var (pa, pb, pc, pd) = s.GetQuad(i, j);
                var centroid = (pa + pb + pc + pd) * 0.25f;
                DisplayItem item;
                if (vertexColors is null)
                {
                    item = new VectorItem
                    {
                        Points = QuadPath(pixels[a], pixels[b], pixels[c], pixels[d], context),
                        Fill = baseColor,
                        Stroke = Rgba.Transparent,
                        FillBorderWidth = seam,
                    };
                }
                else if (MaxCornerDifference(vertexColors[a], vertexColors[b], vertexColors[c], vertexColors[d]) < SmoothShadingThreshold)
                {
                    // Nearly uniform quads (most of a finely sampled surface) are filled flat with the corners' mean:
                    // the result looks the same and a plain fill is several times cheaper than a gradient mesh.
                    var (ca, cb, cc, cd) = (vertexColors[a], vertexColors[b], vertexColors[c], vertexColors[d]);
                    item = new VectorItem
                    {
                        Points = QuadPath(pixels[a], pixels[b], pixels[c], pixels[d], context),
                        Fill = new Rgba((ca.R + cb.R + cc.R + cd.R) / 4, (ca.G + cb.G + cc.G + cd.G) / 4, (ca.B + cb.B + cc.B + cd.B) / 4, ca.A),
                        Stroke = Rgba.Transparent,
                        FillBorderWidth = seam,
                    };
                }
                else
                {
                    var colors = context.NewArray(16);
                    int k = 0;
                    foreach (int v in (ReadOnlySpan<int>)[a, b, c, d])
                    {
                        var col = vertexColors[v];
                        colors[k++] = col.R;
                        colors[k++] = col.G;
                        colors[k++] = col.B;
                        colors[k++] = col.A;
                    }
                    item = new ShadedQuadItem
                    {
                        Corners = Corners(pixels[a], pixels[b], pixels[c], pixels[d], context),
                        Colors = colors,
                        SeamWidth = seam,
                    };
                }
                context.Add(item, s, Vector3.Distance(centroid, eye));
            }
        }
    }

    private static float MaxCornerDifference(Rgba a, Rgba b, Rgba c, Rgba d)
    {
        float max = 0;
        foreach (var x in (ReadOnlySpan<Rgba>)[b, c, d])
            max = Math.Max(max, Math.Max(Math.Abs(x.R - a.R), Math.Max(Math.Abs(x.G - a.G), Math.Abs(x.B - a.B))));
        return max;
    }

    /// <summary>The lit colour at every sample of a surface, with the normal averaged over the quads around the sample.</summary>
    private static Rgba[] VertexColors(Surface s, Rgba baseColor, Vector3 light, Vector3 eye)
    {
        int nu = s.USamples, nv = s.VSamples;
        var quadNormals = new Vector3[(nu - 1) * (nv - 1)];
        for (int i = 0; i < nu - 1; i++)
            for (int j = 0; j < nv - 1; j++)
                quadNormals[i * (nv - 1) + j] = s.GetQuadNormal(i, j);
        var colors = new Rgba[nu * nv];
        for (int i = 0; i < nu; i++)
        {
            for (int j = 0; j < nv; j++)
            {
                var n = Vector3.Zero;
                for (int di = -1; di <= 0; di++)
                    for (int dj = -1; dj <= 0; dj++)
                    {
                        int qi = i + di, qj = j + dj;
                        if (qi >= 0 && qi < nu - 1 && qj >= 0 && qj < nv - 1) n += quadNormals[qi * (nv - 1) + qj];
                    }
                colors[i * nv + j] = Shade(baseColor, s.Shading, VectorMath.Normalize(n), s.Points[i * nv + j], light, eye);
            }
        }
        return colors;
    }

    private static float[] Corners((float X, float Y) a, (float X, float Y) b, (float X, float Y) c, (float X, float Y) d, Context context)
    {
        var result = context.NewArray(8);
        (result[0], result[1], result[2], result[3]) = (a.X, a.Y, b.X, b.Y);
        (result[4], result[5], result[6], result[7]) = (c.X, c.Y, d.X, d.Y);
        return result;
    }

    private static float[] QuadPath((float X, float Y) a, (float X, float Y) b, (float X, float Y) c, (float X, float Y) d, Context context)
    {
        var result = context.NewArray(32);
        ReadOnlySpan<(float X, float Y)> corners = [a, b, c, d, a];
        for (int k = 0; k < 4; k++)
        {
            var (x0, y0) = corners[k];
            var (x1, y1) = corners[k + 1];
            int o = 8 * k;
            result[o] = x0;
            result[o + 1] = y0;
            result[o + 2] = x0 + (x1 - x0) / 3;
            result[o + 3] = y0 + (y1 - y0) / 3;
            result[o + 4] = x0 + 2 * (x1 - x0) / 3;
            result[o + 5] = y0 + 2 * (y1 - y0) / 3;
            result[o + 6] = x1;
            result[o + 7] = y1;
        }
        return result;
    }

    // ---------------------------------------------------------------- dot clouds and images

    private static void AddDotCloud(DotCloud cloud, Context context)
    {
        var projection = context.ProjectionFor(cloud);
        var eye = projection.EyePosition;
        int n = cloud.Points.Length;
        var order = Enumerable.Range(0, n).ToArray();
        if (cloud.DepthTest && !cloud.IsFixedInFrame)
        {
            var distances = cloud.Points.Select(p => -Vector3.DistanceSquared(p, eye)).ToArray();
            Array.Sort(distances, order);
        }
        var centers = context.NewArray(2 * n);
        var radii = context.NewArray(n);
        var colors = context.NewArray(4 * n);
        var centroid = Vector3.Zero;
        float ppu = projection.PixelsPerUnit;
        int written = 0;
        foreach (int k in order)
        {
            var p = cloud.Points[k];
            var c = cloud.GetDotColor(k);
            float alpha = (float)Math.Clamp(cloud.GetDotOpacity(k), 0, 1);
            // A dot at or behind the eye would be blown up by the clamped perspective divisor; it is not in view.
            if (alpha <= 0 || !projection.IsInFrontOfEye(p)) continue;
            var rgba = new Rgba(c.R, c.G, c.B, alpha);
            if (!cloud.Shading.IsNone) rgba = Shade(rgba, cloud.Shading, VectorMath.Normalize(eye - p), p, context.Light, eye);
            var (x, y, _) = projection.ToPixel(p);
            centers[2 * written] = x;
            centers[2 * written + 1] = y;
            radii[written] = (float)cloud.GetRadius(k) * ppu * projection.PerspectiveScale(p);
            colors[4 * written] = rgba.R;
            colors[4 * written + 1] = rgba.G;
            colors[4 * written + 2] = rgba.B;
            colors[4 * written + 3] = rgba.A;
            centroid += p;
            written++;
        }
        if (written < n)
        {
            // Hidden dots were left out: the arrays' lengths must be the visible count.
            (centers, radii, colors) = (context.Shrink(centers, 2 * written), context.Shrink(radii, written), context.Shrink(colors, 4 * written));
        }
        if (written == 0) return;
        var item = new DotCloudItem
        {
            Centers = centers,
            Radii = radii,
            Colors = colors,
            Shading = (float)Math.Clamp(cloud.Shading.Reflectiveness + cloud.Shading.Gloss + cloud.Shading.Shadow, 0, 1),
        };
        context.Add(item, cloud, Vector3.Distance(centroid / written, eye));
    }

    private static void AddImage(ImageMobject image, Context context)
    {
        if (image.Opacity <= 0) return;
        var projection = context.ProjectionFor(image);
        var (ulx, uly, _) = projection.ToPixel(image.Points[0]);
        var (urx, ury, _) = projection.ToPixel(image.Points[1]);
        var (dlx, dly, _) = projection.ToPixel(image.Points[2]);
        float w = image.Image.Width, h = image.Image.Height;
        var item = new ImageItem
        {
            Image = image.Image,
            Matrix = [(urx - ulx) / w, (ury - uly) / w, (dlx - ulx) / h, (dly - uly) / h, ulx, uly],
            Opacity = (float)Math.Clamp(image.Opacity, 0, 1),
        };
        var center = (image.Points[0] + image.Points[3]) * 0.5f;
        context.Add(item, image, Vector3.Distance(center, projection.EyePosition));
    }

    // ---------------------------------------------------------------- shading

    /// <summary>
    /// ManimGL's lighting: brightness b = reflectiveness·max(d, 0) + gloss·exp(−3(1 − r·toC)²) with d = toL·N and r the
    /// light reflected about N; the colour moves toward white by b, then toward black by −d·shadow where d &lt; 0.
    /// </summary>
    internal static Rgba Shade(Rgba color, Shading shading, Vector3 normal, Vector3 point, Vector3 light, Vector3 eye)
    {
        if (normal == Vector3.Zero) return color;
        var toLight = VectorMath.Normalize(light - point, Directions.Out);
        var toCamera = VectorMath.Normalize(eye - point, Directions.Out);
        float d = Vector3.Dot(toLight, normal);
        var reflected = -toLight + 2 * d * normal;
        float specular = 1 - Vector3.Dot(reflected, toCamera);
        double b = shading.Reflectiveness * Math.Max(d, 0) + shading.Gloss * Math.Exp(-3 * specular * specular);
        float t = (float)Math.Clamp(b, 0, 1);
        float r = color.R + (1 - color.R) * t, g = color.G + (1 - color.G) * t, bl = color.B + (1 - color.B) * t;
        if (d < 0)
        {
            float dark = (float)Math.Clamp(-d * shading.Shadow, 0, 1);
            r *= 1 - dark;
            g *= 1 - dark;
            bl *= 1 - dark;
        }
        return new Rgba(r, g, bl, color.A);
    }

    /// <summary>Per-frame state: the projections, the light, and the run of depth-tested pieces waiting to be sorted.</summary>
    private sealed class Context
    {
        private readonly List<(DisplayItem Item, float Distance)> _run = [];

        public required Projection Camera { get; init; }

        public required Projection Fixed { get; init; }

        public required Vector3 Light { get; init; }

        public required float StrokeScale { get; init; }

        public List<DisplayItem> Items { get; } = [];

        /// <summary>Where item arrays are rented from; null allocates them (a snapshot nobody recycles).</summary>
        public DisplayArrayPool? Pool { get; init; }

        public float[] NewArray(int length) => Pool?.Rent(length) ?? new float[length];

        /// <summary>The first <paramref name="length"/> values of <paramref name="array"/> in an array of that length; the longer one goes back.</summary>
        public float[] Shrink(float[] array, int length)
        {
            var result = NewArray(length);
            array.AsSpan(0, length).CopyTo(result);
            Pool?.Return(array);
            return result;
        }

        public Projection ProjectionFor(Mobject m) => m.IsFixedInFrame ? Fixed : Camera;

        public void Add(DisplayItem item, Mobject owner, float distance)
        {
            if (owner.DepthTest && !owner.IsFixedInFrame)
            {
                _run.Add((item, distance));
                return;
            }
            FlushRun();
            Items.Add(item);
        }

        public void FlushRun()
        {
            if (_run.Count == 0) return;
            // Farthest first; OrderByDescending is stable, so equally distant pieces keep scene order.
            Items.AddRange(_run.OrderByDescending(p => p.Distance).Select(p => p.Item));
            _run.Clear();
        }
    }
}
