using System.Numerics;
using AnimLib.Display;
using AnimLib.Geometry;

namespace AnimLib.Capture;

public static partial class SnapshotBuilder
{
    private sealed partial class Context
    {
        // A depth-tested stroke is cut into pieces about this long on screen (a 60th of the frame's height), the size of
        // the quads of a finely sampled surface, so each piece finds its own place among them; no curve gives more than
        // MaxPiecesPerCurve.
        private const float PiecesPerFrameHeight = 60;
        private const int MaxPiecesPerCurve = 128;
        private const float OffsetFactor = 1.5f;

        /// <summary>
        /// A stroke-only path of a depth-tested mobject goes into the depth order piece by piece: a line that passes behind
        /// a surface and out in front of it is hidden where it is behind. Anything else goes in whole.
        /// </summary>
        public void AddStroke(VectorItem item, float distance, ReadOnlySpan<Vector3> curvePoints)
        {
            bool strokeOnly = item.Fill.IsInvisible && !item.Stroke.IsInvisible && (item.StrokeWidth > 0 || item.CurveStrokeWidths is not null);
            if (!IsDepthSorted || !strokeOnly || curvePoints.Length != item.Points.Length / 2)
            {
                Add(item, distance);
                return;
            }
            FlushLooseQuads();
            float pieceLength = Math.Max(_pixelHeight / PiecesPerFrameHeight, 1);
            Span<Vector3> piece = stackalloc Vector3[4];
            int curveCount = curvePoints.Length / 4;
            for (int c = 0; c < curveCount; c++)
            {
                var curve = curvePoints.Slice(4 * c, 4);
                float width = item.CurveStrokeWidths?[c] ?? item.StrokeWidth;
                if (width <= 0) continue;
                int pieces = (int)Math.Clamp(MathF.Ceiling(ControlPolygonLength(item.Points, c) / pieceLength), 1, MaxPiecesPerCurve);
                for (int j = 0; j < pieces; j++)
                {
                    Bezier.Partial(curve, (double)j / pieces, (double)(j + 1) / pieces, piece);
                    var xy = NewArray(8);
                    for (int i = 0; i < 4; i++)
                    {
                        var (x, y, _) = Projection.ToPixel(piece[i]);
                        xy[2 * i] = x;
                        xy[2 * i + 1] = y;
                    }
                    var pieceItem = new VectorItem { Points = xy, Stroke = item.Stroke, StrokeWidth = width };
                    // Sorted as if a little nearer the eye (by its own length, as OpenGL's polygon offset does for lines
                    // on faces): a line drawn on a surface, such as a SurfaceMesh, is compared with quads whose centres
                    // lie up to half a quad away, and without the offset loses to them every few pieces.
                    float offset = OffsetFactor * Vector3.Distance(piece[0], piece[3]);
                    _run.Add((pieceItem, Vector3.Distance(Bezier.Evaluate(piece, 0.5), _eye) - offset, -1));
                }
            }
            // The whole path is replaced by its pieces: its arrays go back now.
            _pool?.Return(item.Points);
            _pool?.Return(item.CurveStrokeWidths);
        }

        /// <summary>Length in pixels of the control polygon of curve <paramref name="curve"/> (at least the curve's length).</summary>
        private static float ControlPolygonLength(float[] xy, int curve)
        {
            float length = 0;
            for (int i = 8 * curve; i < 8 * curve + 6; i += 2)
                length += MathF.Sqrt((xy[i + 2] - xy[i]) * (xy[i + 2] - xy[i]) + (xy[i + 3] - xy[i + 1]) * (xy[i + 3] - xy[i + 1]));
            return length;
        }
    }
}
