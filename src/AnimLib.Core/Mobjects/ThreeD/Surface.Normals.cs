using System.Numerics;
using AnimLib.Geometry;

namespace AnimLib.Mobjects;

public partial class Surface
{
    /// <summary>
    /// The unit normal at every sample (u-major, as <see cref="Mobject.Points"/>): ∂/∂u × ∂/∂v averaged over the quads
    /// around the sample, across the seam of a closed surface.
    /// </summary>
    public Vector3[] GetVertexNormals()
    {
        int nu = USamples, nv = VSamples;
        var quadNormals = new Vector3[(nu - 1) * (nv - 1)];
        for (int i = 0; i < nu - 1; i++)
            for (int j = 0; j < nv - 1; j++)
                quadNormals[i * (nv - 1) + j] = GetQuadNormal(i, j);
        // A closed surface (a sphere, a torus) repeats its first row of samples as its last: there the quads on the
        // other side of the seam are neighbours too, or the seam shows as a step in the shading.
        bool wrapsU = SameRow(alongU: true), wrapsV = SameRow(alongU: false);
        var normals = new Vector3[nu * nv];
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
                normals[i * nv + j] = VectorMath.Normalize(n);
            }
        }
        return normals;
    }

    /// <summary>True when the first and last rows of samples (along u, or along v) lie at the same points.</summary>
    private bool SameRow(bool alongU)
    {
        int nu = USamples, nv = VSamples;
        int count = alongU ? nv : nu;
        for (int k = 0; k < count; k++)
        {
            var (first, last) = alongU ? (Points[k], Points[(nu - 1) * nv + k]) : (Points[k * nv], Points[k * nv + nv - 1]);
            if (Vector3.DistanceSquared(first, last) > 1e-8f) return false;
        }
        return true;
    }
}
