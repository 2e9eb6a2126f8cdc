using System.Numerics;
using AnimLib.Display;
using AnimLib.Geometry;

namespace AnimLib.Mobjects;

public partial class Surface
{
    /// <summary>
    /// One <see cref="MeshQuad"/> per quad of the grid, lit per vertex when shaded, with the edges on the outline
    /// (the grid's border and its folds away from the camera) marked; the capture joins them into meshes.
    /// </summary>
    protected internal override void AddOwnDisplayItems(IDisplayItemSink sink)
    {
        if (Points.Length != USamples * VSamples || Opacity <= 0) return;
        var projection = sink.Projection;
        var eye = projection.EyePosition;
        int nu = USamples, nv = VSamples;
        var pixels = new (float X, float Y)[Points.Length];
        var sum = Vector3.Zero;
        for (int k = 0; k < pixels.Length; k++)
        {
            var (x, y, _) = projection.ToPixel(Points[k]);
            pixels[k] = (x, y);
            sum += Points[k];
        }
        sink.ThrowIfNotFinite(sum);
        var baseColor = new Rgba(Color.R, Color.G, Color.B, (float)Math.Clamp(Opacity, 0, 1));
        // Shaded surfaces are lit per vertex (normals averaged over the neighbouring quads) and the colours blended
        // across each triangle, as ManimGL's per-vertex lighting does; unlit ones have one colour everywhere.
        bool checkered = CheckerboardColors is { Count: > 0 };
        var normals = checkered && !Shading.IsNone ? GetVertexNormals() : null;
        var vertexColors = Shading.IsNone || checkered ? null : VertexColors(baseColor, sink);
        Rgba QuadBase(int i, int j)
        {
            var c = GetQuadColor(i, j);
            return new Rgba(c.R, c.G, c.B, baseColor.A);
        }
        var turn = QuadTurns(pixels, nu, nv);
        int quadsV = nv - 1;
        for (int i = 0; i < nu - 1; i++)
        {
            for (int j = 0; j < nv - 1; j++)
            {
                int a = i * nv + j, b = (i + 1) * nv + j, c = (i + 1) * nv + j + 1, d = i * nv + j + 1;
                var (pa, pb, pc, pd) = GetQuad(i, j);
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
                MeshQuad quad;
                if (normals is not null)
                {
                    // A checkerboard quad is lit in its own colour at each of its corners: corners are shared with quads
                    // of the other colour, so the colours cannot be per sample.
                    var quadColor = QuadBase(i, j);
                    quad = new MeshQuad(pixels[a], pixels[b], pixels[c], pixels[d],
                        sink.Shade(quadColor, Shading, normals[a], Points[a]), sink.Shade(quadColor, Shading, normals[b], Points[b]),
                        sink.Shade(quadColor, Shading, normals[c], Points[c]), sink.Shade(quadColor, Shading, normals[d], Points[d]), outline);
                }
                else if (vertexColors is null)
                {
                    var flat = checkered ? QuadBase(i, j) : baseColor;
                    quad = new MeshQuad(pixels[a], pixels[b], pixels[c], pixels[d], flat, flat, flat, flat, outline);
                }
                else
                {
                    quad = new MeshQuad(pixels[a], pixels[b], pixels[c], pixels[d], vertexColors[a], vertexColors[b], vertexColors[c], vertexColors[d], outline);
                }
                sink.AddQuad(quad, Vector3.Distance(centroid, eye));
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

    /// <summary>The lit colour at every sample, with the normal averaged over the quads around the sample.</summary>
    private Rgba[] VertexColors(Rgba baseColor, IDisplayItemSink sink)
    {
        var normals = GetVertexNormals();
        var colors = new Rgba[normals.Length];
        for (int k = 0; k < colors.Length; k++) colors[k] = sink.Shade(baseColor, Shading, normals[k], Points[k]);
        return colors;
    }
}
