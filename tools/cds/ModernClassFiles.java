import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.IOException;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.Opcodes;

/**
 * Copies a jar whose classes are older than Java 6 (picocli's are class-file version 49, for Java
 * 5) with every class marked as Java 8 and given the stack map frames that version needs. The
 * bytecode is otherwise unchanged. Why: class data sharing (AppCDS) refuses classes older than
 * Java 6, and the JVM checks them with the slower type-inferring verifier, so the launcher puts this
 * copy first on the class path of short commands. Run by {@code ./newsbrief} after a build:
 *
 * <pre>java -cp asm.jar tools/cds/ModernClassFiles.java IN.jar OUT.jar</pre>
 *
 * with the original jar also on the class path when its classes refer to each other (the frames
 * need their common superclasses).
 */
public final class ModernClassFiles {
  private ModernClassFiles() {}

  public static void main(String[] args) throws IOException {
    if (args.length != 2) {
      System.err.println("usage: ModernClassFiles IN.jar OUT.jar");
      System.exit(2);
    }
    try (ZipInputStream in = new ZipInputStream(new FileInputStream(args[0]));
        ZipOutputStream out = new ZipOutputStream(new FileOutputStream(args[1]))) {
      for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
        byte[] bytes = in.readAllBytes();
        String name = entry.getName();
        if (name.endsWith(".class") && !name.endsWith("module-info.class")) {
          bytes = java8(bytes);
        }
        out.putNextEntry(new ZipEntry(name));
        out.write(bytes);
        out.closeEntry();
      }
    }
  }

  /** The class with version 52 and computed frames, or as it was when it is already newer. */
  static byte[] java8(byte[] bytes) {
    ClassReader reader = new ClassReader(bytes);
    int major = ((bytes[6] & 0xff) << 8) | (bytes[7] & 0xff);
    if (major >= Opcodes.V1_8) {
      return bytes;
    }
    ClassWriter writer = new ClassWriter(ClassWriter.COMPUTE_FRAMES);
    reader.accept(
        new ClassVisitor(Opcodes.ASM9, writer) {
          @Override
          public void visit(
              int version,
              int access,
              String name,
              String signature,
              String superName,
              String[] interfaces) {
            super.visit(Opcodes.V1_8, access, name, signature, superName, interfaces);
          }
        },
        ClassReader.SKIP_FRAMES);
    return writer.toByteArray();
  }
}
