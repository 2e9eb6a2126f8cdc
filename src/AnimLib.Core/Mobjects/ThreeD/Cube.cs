using System.Numerics;
using AnimLib.Geometry;

namespace AnimLib.Mobjects;

/// <summary>
/// A cube of six square <see cref="Surface"/> faces (BLUE, opaque, shading (0.1, 0.5, 0.1), side 2), in ManimGL's face
/// order: Out (+z), Down (−y), Right (+x), Up (+y), Left (−x), In (−z). Faces are depth tested, so they occlude correctly
/// from any side; normals point outward.
/// </summary>
public class Cube : Group
{
    /// <summary>Creates the cube centred at the origin.</summary>
    public Cube(double sideLength = 2.0, Color? color = null, double opacity = 1, Shading? shading = null, int squareResolution = 2)
        : base(Faces(new Square3D(sideLength, color ?? Palette.Blue, opacity, (squareResolution, squareResolution), shading ?? new Shading(0.1, 0.5, 0.1)), sideLength))
    {
    }

    /// <summary>The six faces.</summary>
    public IEnumerable<Surface> Faces() => Submobjects.Cast<Surface>();

    /// <summary>Six copies of <paramref name="face"/> (a square in the xy plane facing Out) turned into the faces of a cube.</summary>
    internal static List<T> Faces<T>(T face, double sideLength) where T : Mobject
    {
        face.MoveTo(new Vector3(0, 0, (float)(sideLength / 2)));
        var result = new List<T> { face.Copy() };
        foreach (var axis in new[] { Directions.Right, Directions.Up, Directions.Left, Directions.Down })
            result.Add(face.Copy().Rotate(Math.PI / 2, axis, aboutPoint: Vector3.Zero));
        result.Add(face.Copy().Rotate(Math.PI, Directions.Right, aboutPoint: Vector3.Zero));
        return result;
    }
}
