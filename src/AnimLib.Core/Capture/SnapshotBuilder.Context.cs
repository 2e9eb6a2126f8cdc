using System.Numerics;
using AnimLib.Cameras;
using AnimLib.Display;
using AnimLib.Mobjects;

namespace AnimLib.Capture;

public static partial class SnapshotBuilder
{
    /// <summary>
    /// Per-frame state, and the sink that every member adds its items to: the projections, the light, the mobject being
    /// captured, the run of depth-tested pieces waiting to be sorted, and the surface quads waiting to be joined into a mesh.
    /// </summary>
    /// <remarks>
    /// Surface quads are sorted with the other depth-tested pieces one by one; afterwards every stretch of consecutive
    /// quads (of one surface or several) becomes one <see cref="MeshItem"/>, painted in that order. Quads without depth
    /// test gather outside the run, in scene order, until another piece comes.
    /// </remarks>
    private sealed partial class Context : IDisplayItemSink
    {
        // A run entry is a display item, or (Item null) the index of a quad in _quads.
        private readonly List<(DisplayItem? Item, float Distance, int Quad)> _run = [];
        private readonly List<MeshQuad> _quads = [];
        private readonly List<MeshQuad> _stretch = [];

        private readonly IPixelProjection _camera;
        private readonly IPixelProjection _fixed;
        private readonly Vector3 _light;
        // Where item arrays are rented from; null allocates them (a snapshot nobody recycles).
        private readonly DisplayArrayPool? _pool;
        private readonly float _pixelHeight;
        private Mobject? _current;
        private Vector3 _eye;

        public Context(Projection camera, Projection fixedFrame, Vector3 light, float strokeScale, int pixelHeight, DisplayArrayPool? pool)
        {
            _pixelHeight = pixelHeight;
            // Boxed once per frame rather than once per mobject.
            _camera = camera;
            _fixed = fixedFrame;
            Projection = camera;
            _light = light;
            StrokeScale = strokeScale;
            _pool = pool;
        }

        /// <summary>The top-level mobject being walked (named when one of its members cannot be drawn).</summary>
        public Mobject? TopLevel { get; set; }

        public List<DisplayItem> Items { get; } = [];

        public IPixelProjection Projection { get; private set; }

        public float StrokeScale { get; }

        /// <summary>Makes <paramref name="member"/> the mobject that the sink's members refer to.</summary>
        public void Begin(Mobject member)
        {
            _current = member;
            Projection = member.IsFixedInFrame ? _fixed : _camera;
            _eye = Projection.EyePosition;
        }

        private Mobject Current => _current ?? throw new InvalidOperationException("No mobject is being captured.");

        public Rgba Shade(Rgba color, Shading shading, Vector3 normal, Vector3 point) => SnapshotBuilder.Shade(color, shading, normal, point, _light, _eye);

        public float[] NewArray(int length) => _pool?.Rent(length) ?? new float[length];

        /// <summary>The first <paramref name="length"/> values of <paramref name="array"/> in an array of that length; the longer one goes back.</summary>
        public float[] Shrink(float[] array, int length)
        {
            var result = NewArray(length);
            array.AsSpan(0, length).CopyTo(result);
            _pool?.Return(array);
            return result;
        }

        public void ThrowIfNotFinite(Vector3 sumOfPoints)
        {
            if (!IsFinite(sumOfPoints)) throw new NonFiniteCoordinatesException(Current, TopLevel);
        }

        private bool IsDepthSorted => Current.DepthTest && !Current.IsFixedInFrame;

        public void Add(DisplayItem item, float distance)
        {
            if (IsDepthSorted)
            {
                FlushLooseQuads();
                _run.Add((item, distance, -1));
                return;
            }
            FlushRun();
            Items.Add(item);
        }

        public void AddQuad(in MeshQuad quad, float distance)
        {
            if (IsDepthSorted)
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
