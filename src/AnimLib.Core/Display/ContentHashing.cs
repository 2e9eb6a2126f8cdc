using System.IO.Hashing;
using System.Runtime.InteropServices;

namespace AnimLib.Display;

/// <summary>
/// Appends display-list values to a hash in the layout that cache keys use: numbers as their bytes in memory, arrays as
/// their length followed by their elements. Items write their content through these (<see cref="DisplayItem.AppendHash"/>).
/// </summary>
public static class ContentHashing
{
    /// <summary>Appends the four bytes of <paramref name="value"/>.</summary>
    public static void AppendInt32(this NonCryptographicHashAlgorithm hash, int value)
    {
        Span<byte> bytes = stackalloc byte[sizeof(int)];
        MemoryMarshal.Write(bytes, in value);
        hash.Append(bytes);
    }

    /// <summary>Appends the four bytes of <paramref name="value"/>.</summary>
    public static void AppendSingle(this NonCryptographicHashAlgorithm hash, float value)
    {
        Span<byte> bytes = stackalloc byte[sizeof(float)];
        MemoryMarshal.Write(bytes, in value);
        hash.Append(bytes);
    }

    /// <summary>Appends the channels R, G, B, A, four bytes each.</summary>
    public static void AppendRgba(this NonCryptographicHashAlgorithm hash, Rgba color)
    {
        ReadOnlySpan<float> channels = [color.R, color.G, color.B, color.A];
        hash.Append(MemoryMarshal.AsBytes(channels));
    }

    /// <summary>Appends the length of <paramref name="values"/>, then its elements.</summary>
    public static void AppendFloats(this NonCryptographicHashAlgorithm hash, float[] values)
    {
        hash.AppendInt32(values.Length);
        hash.Append(MemoryMarshal.AsBytes(values.AsSpan()));
    }
}
