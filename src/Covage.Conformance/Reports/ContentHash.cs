using System.Security.Cryptography;
using System.Text;

namespace Covage.Conformance.Reports;

/// <summary>A SHA-256 over a folder's files (relative paths and bytes, in path order): which features and schemas ran.</summary>
internal static class ContentHash
{
    public static string OfDirectory(string directory)
    {
        if (!Directory.Exists(directory))
        {
            return "";
        }

        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var files = Directory.EnumerateFiles(directory, "*", SearchOption.AllDirectories)
            .Select(f => (Relative: Path.GetRelativePath(directory, f).Replace('\\', '/'), Full: f))
            .OrderBy(f => f.Relative, StringComparer.Ordinal);
        foreach (var (relative, full) in files)
        {
            hash.AppendData(Encoding.UTF8.GetBytes(relative + "\n"));
            hash.AppendData(File.ReadAllBytes(full));
            hash.AppendData("\n"u8);
        }

        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }
}
