namespace MyScenes;

/// <summary>Writes short sine tones as 16-bit mono WAV files, so sound examples carry no binary assets.</summary>
public static class ToneFile
{
    /// <summary>Writes a tone of <paramref name="frequency"/> Hz lasting <paramref name="seconds"/> and returns its path.</summary>
    /// <param name="frequency">Pitch in hertz.</param>
    /// <param name="seconds">Length in seconds.</param>
    public static string Write(double frequency, double seconds)
    {
        const int rate = 44100;
        int samples = (int)(rate * seconds);
        string path = Path.Combine(Path.GetTempPath(), $"animlib-tone-{frequency:0}-{samples}.wav");
        if (File.Exists(path)) return path;
        using var stream = new MemoryStream();
        using (var w = new BinaryWriter(stream, System.Text.Encoding.ASCII, leaveOpen: true))
        {
            w.Write("RIFF"u8); w.Write(36 + samples * 2); w.Write("WAVE"u8);
            w.Write("fmt "u8); w.Write(16); w.Write((short)1); w.Write((short)1); w.Write(rate); w.Write(rate * 2); w.Write((short)2); w.Write((short)16);
            w.Write("data"u8); w.Write(samples * 2);
            for (int i = 0; i < samples; i++)
            {
                // A short fade in and out avoids clicks at the ends.
                double envelope = Math.Min(1, Math.Min(i, samples - i) / (0.01 * rate));
                w.Write((short)(0.4 * short.MaxValue * envelope * Math.Sin(2 * Math.PI * frequency * i / rate)));
            }
        }
        // Written under a unique name then moved, so parallel renders never read a half-written file.
        string temp = path + "." + Guid.NewGuid().ToString("N");
        File.WriteAllBytes(temp, stream.ToArray());
        File.Move(temp, path, overwrite: true);
        return path;
    }
}
