using System.Numerics;
using AnimLib.Geometry;

namespace AnimLib.Mobjects;

/// <summary>
/// A regular dodecahedron of twelve filled pentagons (BLUE_E, stroke BLUE_E width 1, shading (0.2, 0.2, 0.2)), with
/// outward-oriented faces in ManimGL's order (face box centres (1.118, 0, 0.809), (1.118, 0, −0.809), (0.809, 1.118, 0), …).
/// </summary>
public class Dodecahedron : VGroup
{
    /// <summary>Creates the solid centred at the origin (vertices (±1, ±1, ±1) and the golden-ratio rectangles).</summary>
    public Dodecahedron(Color? fillColor = null, double fillOpacity = 1, Color? strokeColor = null, double strokeWidth = 1)
    {
        float phi = (1 + MathF.Sqrt(5)) / 2;
        Vector3[] first = [new(phi, 1 / phi, 0), new(1, 1, 1), new(1 / phi, 0, phi), new(1, -1, 1), new(phi, -1 / phi, 0)];
        // Its mirror image through the xy plane, reversed so it still faces outward.
        Vector3[] second = first.Select(p => new Vector3(p.X, p.Y, -p.Z)).Reverse().ToArray();
        var faces = new List<Vector3[]> { first, second };
        // Cyclic axis permutations (rotations) give the y and z pairs.
        faces.AddRange(new[] { first, second }.Select(f => f.Select(p => new Vector3(p.Z, p.X, p.Y)).ToArray()));
        faces.AddRange(new[] { first, second }.Select(f => f.Select(p => new Vector3(-p.Y, -p.Z, p.X)).ToArray()));
        // The opposite faces: point reflection, reversed to keep the outward orientation.
        faces.AddRange(faces.ToList().Select(f => f.Select(p => -p).Reverse().ToArray()));
        foreach (var f in faces)
        {
            var pentagon = new VMobject().SetPointsAsCorners([.. f, f[0]]);
            AddCore([pentagon]);
        }
        this.SetFill(fillColor ?? Palette.BlueE, fillOpacity).SetStroke(strokeColor ?? Palette.BlueE, strokeWidth);
        this.SetShading(0.2, 0.2, 0.2);
    }
}
