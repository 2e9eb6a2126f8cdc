using System.Numerics;
using AnimLib.Cameras;
using AnimLib.Display;
using AnimLib.Geometry;
using AnimLib.Mobjects;
using AnimLib.Scenes;

namespace AnimLib.Capture;

/// <summary>
/// Walks mobjects in draw order and turns every visible piece into projected display items: vector paths, surface meshes,
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
    /// <summary>Builds the display list of <paramref name="mobjects"/> (top-level, in draw order) seen through <paramref name="frame"/>, lit from the default light position.</summary>
    public static FrameSnapshot Build(IEnumerable<Mobject> mobjects, CameraFrame frame, FrameFormat settings) =>
        Build(mobjects, new Camera(frame), settings);

    /// <summary>Builds the display list of <paramref name="mobjects"/> (top-level, in draw order) seen through <paramref name="camera"/>.</summary>
    public static FrameSnapshot Build(IEnumerable<Mobject> mobjects, Camera camera, FrameFormat settings) =>
        Build(mobjects, camera, settings, null);

    /// <summary>
    /// Builds a display list whose arrays are rented from <paramref name="pool"/> (when not null): the snapshot's owner
    /// recycles them once the frame is rasterized (see <see cref="FrameSnapshot.Recycle"/>).
    /// </summary>
    /// <exception cref="NonFiniteCoordinatesException">A visible mobject or the camera frame has NaN or infinite coordinates.</exception>
    internal static FrameSnapshot Build(IEnumerable<Mobject> mobjects, Camera camera, FrameFormat settings, DisplayArrayPool? pool)
    {
        // A NaN in the frame would project every point to NaN: the whole picture would vanish.
        if (!IsFinite(Sum(camera.Frame.Points)) || !IsFinite(camera.Frame.Orientation))
            throw new NonFiniteCoordinatesException(camera.Frame, null);
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
        foreach (var top in mobjects)
        {
            context.TopLevel = top;
            Walk(top);
        }
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
        // The sum of the points is NaN or infinite iff one of them is (barring overflow past 10^38): one test per item
        // instead of one per point. Without it the rasterizer drops the path and the mobject vanishes without a word.
        if (!IsFinite(centroid)) throw new NonFiniteCoordinatesException(v, context.TopLevel);
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
        var sum = Vector3.Zero;
        for (int k = 0; k < pixels.Length; k++)
        {
            var (x, y, _) = projection.ToPixel(s.Points[k]);
            pixels[k] = (x, y);
            sum += s.Points[k];
        }
        if (!IsFinite(sum)) throw new NonFiniteCoordinatesException(s, context.TopLevel);
        var baseColor = new Rgba(s.Color.R, s.Color.G, s.Color.B, (float)Math.Clamp(s.Opacity, 0, 1));
        // Shaded surfaces are lit per vertex (normals averaged over the neighbouring quads) and the colours blended
        // across each triangle, as ManimGL's per-vertex lighting does; unlit ones have one colour everywhere.
        var vertexColors = s.Shading.IsNone ? null : VertexColors(s, baseColor, context.Light, eye);
        var turn = QuadTurns(pixels, nu, nv);
        int quadsV = nv - 1;
        for (int i = 0; i < nu - 1; i++)
        {
            for (int j = 0; j < nv - 1; j++)
            {
                int a = i * nv + j, b = (i + 1) * nv + j, c = (i + 1) * nv + j + 1, d = i * nv + j + 1;
                var (pa, pb, pc, pd) = s.GetQuad(i, j);
                var centroid = (pa + pb + pc + pd) * 0.25f;
                // An edge is on the outline where the grid ends or the neighbour across it turns the other way on screen
                // (the surface folds away from the camera there). Bits: AB, BC, CD, DA.
                // A quad of no area (a surface not yet grown there) paints nothing, so it has no outline either.
                int own = turn[i * quadsV + j];
                int outline = own == 0 ? 0
                    : (j == 0 || turn[i * quadsV + j - 1] != own ? 1 : 0)
                      | (i == nu - 2 || turn[(i + 1) * quadsV + j] != own ? 2 : 0)
                      | (j == nv - 2 || turn[i * quadsV + j + 1] != own ? 4 : 0)
                      | (i == 0 || turn[(i - 1) * quadsV + j] != own ? 8 : 0);
                var quad = vertexColors is null
                    ? new MeshQuad(pixels[a], pixels[b], pixels[c], pixels[d], baseColor, baseColor, baseColor, baseColor, outline)
                    : new MeshQuad(pixels[a], pixels[b], pixels[c], pixels[d], vertexColors[a], vertexColors[b], vertexColors[c], vertexColors[d], outline);
                context.AddQuad(quad, s, Vector3.Distance(centroid, eye));
            }
        }
    }

    /// <summary>Which way each quad of the grid turns on screen: 1 counter-clockwise, −1 clockwise, 0 degenerate.</summary>
    private static sbyte[] QuadTurns((float X, float Y)[] pixels, int nu, int nv)
    {
        var turn = new sbyte[(nu - 1) * (nv - 1)];
        for (int i = 0; i < nu - 1; i++)
        {
            for (int j = 0; j < nv - 1; j++)
            {
                var (a, c) = (pixels[i * nv + j], pixels[(i + 1) * nv + j + 1]);
                var (b, d) = (pixels[(i + 1) * nv + j], pixels[i * nv + j + 1]);
                // Twice the signed area of the quad: the cross product of its diagonals.
                float area = (c.X - a.X) * (d.Y - b.Y) - (c.Y - a.Y) * (d.X - b.X);
                turn[i * (nv - 1) + j] = (sbyte)Math.Sign(area);
            }
        }
        return turn;
    }

    /// <summary>The lit colour at every sample of a surface, with the normal averaged over the quads around the sample.</summary>
    private static Rgba[] VertexColors(Surface s, Rgba baseColor, Vector3 light, Vector3 eye)
    {
        int nu = s.USamples, nv = s.VSamples;
        var quadNormals = new Vector3[(nu - 1) * (nv - 1)];
        for (int i = 0; i < nu - 1; i++)
            for (int j = 0; j < nv - 1; j++)
                quadNormals[i * (nv - 1) + j] = s.GetQuadNormal(i, j);
        // A closed surface (a sphere, a torus) repeats its first row of samples as its last: there the quads on the
        // other side of the seam are neighbours too, or the seam shows as a step in the shading.
        bool wrapsU = SameRow(s, nu, nv, alongU: true), wrapsV = SameRow(s, nu, nv, alongU: false);
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
                        if (wrapsU) qi = qi < 0 ? nu - 2 : qi >= nu - 1 ? 0 : qi;
                        if (wrapsV) qj = qj < 0 ? nv - 2 : qj >= nv - 1 ? 0 : qj;
                        if (qi >= 0 && qi < nu - 1 && qj >= 0 && qj < nv - 1) n += quadNormals[qi * (nv - 1) + qj];
                    }
                colors[i * nv + j] = Shade(baseColor, s.Shading, VectorMath.Normalize(n), s.Points[i * nv + j], light, eye);
            }
        }
        return colors;
    }

    /// <summary>True when the first and last rows of samples (along u, or along v) lie at the same points.</summary>
    private static bool SameRow(Surface s, int nu, int nv, bool alongU)
    {
        int count = alongU ? nv : nu;
        for (int k = 0; k < count; k++)
        {
            var (first, last) = alongU ? (s.Points[k], s.Points[(nu - 1) * nv + k]) : (s.Points[k * nv], s.Points[k * nv + nv - 1]);
            if (Vector3.DistanceSquared(first, last) > 1e-8f) return false;
        }
        return true;
    }

    // ---------------------------------------------------------------- dot clouds and images

    private static void AddDotCloud(DotCloud cloud, Context context)
    {
        var projection = context.ProjectionFor(cloud);
        var eye = projection.EyePosition;
        int n = cloud.Points.Length;
        // A NaN dot fails the in-front-of-the-eye test below and would be left out as if hidden.
        if (!IsFinite(Sum(cloud.Points))) throw new NonFiniteCoordinatesException(cloud, context.TopLevel);
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
        if (!IsFinite(Sum(image.Points))) throw new NonFiniteCoordinatesException(image, context.TopLevel);
        var projection = context.ProjectionFor(image);
        // A corner at or behind the eye has no place on screen, and the map through it would fold the image over.
        foreach (var corner in image.Points)
            if (!projection.IsInFrontOfEye(corner)) return;
        var (ulx, uly, _) = projection.ToPixel(image.Points[0]);
        var (urx, ury, _) = projection.ToPixel(image.Points[1]);
        var (dlx, dly, _) = projection.ToPixel(image.Points[2]);
        var (drx, dry, _) = projection.ToPixel(image.Points[3]);
        var item = new ImageItem
        {
            Image = image.Image,
            Matrix = ImageHomography.Map(image.Image.Width, image.Image.Height, (ulx, uly), (urx, ury), (drx, dry), (dlx, dly)),
            Opacity = (float)Math.Clamp(image.Opacity, 0, 1),
        };
        var center = (image.Points[0] + image.Points[3]) * 0.5f;
        context.Add(item, image, Vector3.Distance(center, projection.EyePosition));
    }

    // ---------------------------------------------------------------- finiteness

    private static Vector3 Sum(Vector3[] points)
    {
        var sum = Vector3.Zero;
        foreach (var p in points) sum += p;
        return sum;
    }

    private static bool IsFinite(Vector3 v) => float.IsFinite(v.X) && float.IsFinite(v.Y) && float.IsFinite(v.Z);

    private static bool IsFinite(Quaternion q) => float.IsFinite(q.X) && float.IsFinite(q.Y) && float.IsFinite(q.Z) && float.IsFinite(q.W);

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

    /// <summary>
    /// One quad of a surface, waiting to become two triangles of a mesh: corners in order around it, their colours, and
    /// which of its edges (bits AB, BC, CD, DA) lie on the surface's outline.
    /// </summary>
    private readonly record struct MeshQuad(
        (float X, float Y) A, (float X, float Y) B, (float X, float Y) C, (float X, float Y) D, Rgba CA, Rgba CB, Rgba CC, Rgba CD, int Outline);

    /// <summary>
    /// Per-frame state: the projections, the light, the run of depth-tested pieces waiting to be sorted, and the surface
    /// quads waiting to be joined into a mesh.
    /// </summary>
    /// <remarks>
    /// Surface quads are sorted with the other depth-tested pieces one by one; afterwards every stretch of consecutive
    /// quads (of one surface or several) becomes one <see cref="MeshItem"/>, painted in that order. Quads without depth
    /// test gather outside the run, in scene order, until another piece comes.
    /// </remarks>
    private sealed class Context
    {
        // A run entry is a display item, or (Item null) the index of a quad in _quads.
        private readonly List<(DisplayItem? Item, float Distance, int Quad)> _run = [];
        private readonly List<MeshQuad> _quads = [];
        private readonly List<MeshQuad> _stretch = [];

        public required Projection Camera { get; init; }

        public required Projection Fixed { get; init; }

        public required Vector3 Light { get; init; }

        public required float StrokeScale { get; init; }

        /// <summary>The top-level mobject being walked (named when one of its members cannot be drawn).</summary>
        public Mobject? TopLevel { get; set; }

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

        private static bool IsDepthSorted(Mobject owner) => owner.DepthTest && !owner.IsFixedInFrame;

        public void Add(DisplayItem item, Mobject owner, float distance)
        {
            if (IsDepthSorted(owner))
            {
                FlushLooseQuads();
                _run.Add((item, distance, -1));
                return;
            }
            FlushRun();
            Items.Add(item);
        }

        public void AddQuad(in MeshQuad quad, Mobject owner, float distance)
        {
            if (IsDepthSorted(owner))
            {
                FlushLooseQuads();
                _run.Add((null, distance, _quads.Count));
                _quads.Add(quad);
                return;
            }
            if (_run.Count > 0) FlushRun();
            _quads.Add(quad);
        }

        /// <summary>Moves every waiting piece to <see cref="Items"/>: the sorted run, or the quads without depth test.</summary>
        public void FlushRun()
        {
            if (_run.Count == 0)
            {
                FlushLooseQuads();
                return;
            }
            // Farthest first; OrderByDescending is stable, so equally distant pieces keep scene order.
            var sorted = _run.OrderByDescending(p => p.Distance).ToList();
            int k = 0;
            while (k < sorted.Count)
            {
                if (sorted[k].Item is { } item)
                {
                    Items.Add(item);
                    k++;
                    continue;
                }
                _stretch.Clear();
                for (; k < sorted.Count && sorted[k].Item is null; k++) _stretch.Add(_quads[sorted[k].Quad]);
                Items.Add(BuildMesh(_stretch));
            }
            _run.Clear();
            _quads.Clear();
        }

        private void FlushLooseQuads()
        {
            if (_quads.Count == 0 || _run.Count > 0) return;
            Items.Add(BuildMesh(_quads));
            _quads.Clear();
        }

        /// <summary>Two triangles per quad, (A, B, C) and (A, C, D), in the given order, and the quads' outline edges.</summary>
        private MeshItem BuildMesh(List<MeshQuad> quads)
        {
            int count = quads.Count;
            var positions = NewArray(count * 12);
            var colors = NewArray(count * 24);
            int edgeCount = 0;
            foreach (var q in quads) edgeCount += BitOperations.PopCount((uint)q.Outline);
            var edges = edgeCount == 0 ? null : NewArray(edgeCount * 4);
            var edgeColors = edgeCount == 0 ? null : NewArray(edgeCount * 4);
            int p = 0, c = 0, e = 0;
            foreach (var q in quads)
            {
                Vertex(q.A, q.CA);
                Vertex(q.B, q.CB);
                Vertex(q.C, q.CC);
                Vertex(q.A, q.CA);
                Vertex(q.C, q.CC);
                Vertex(q.D, q.CD);
                if ((q.Outline & 1) != 0) Edge(q.A, q.B, q.CA, q.CB);
                if ((q.Outline & 2) != 0) Edge(q.B, q.C, q.CB, q.CC);
                if ((q.Outline & 4) != 0) Edge(q.C, q.D, q.CC, q.CD);
                if ((q.Outline & 8) != 0) Edge(q.D, q.A, q.CD, q.CA);
            }
            return new MeshItem { Positions = positions, Colors = colors, OutlineEdges = edges, OutlineColors = edgeColors };

            void Vertex((float X, float Y) at, Rgba color)
            {
                positions[p++] = at.X;
                positions[p++] = at.Y;
                colors[c++] = color.R;
                colors[c++] = color.G;
                colors[c++] = color.B;
                colors[c++] = color.A;
            }

            void Edge((float X, float Y) from, (float X, float Y) to, Rgba fromColor, Rgba toColor)
            {
                edgeColors![e] = (fromColor.R + toColor.R) / 2;
                edgeColors[e + 1] = (fromColor.G + toColor.G) / 2;
                edgeColors[e + 2] = (fromColor.B + toColor.B) / 2;
                edgeColors[e + 3] = (fromColor.A + toColor.A) / 2;
                (edges![e], edges[e + 1], edges[e + 2], edges[e + 3]) = (from.X, from.Y, to.X, to.Y);
                e += 4;
            }
        }
    }
}
