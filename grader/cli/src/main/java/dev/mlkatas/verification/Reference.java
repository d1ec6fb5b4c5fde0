package dev.mlkatas.verification;

/**
 * Something a compiled class refers to: a class (as a type, a superclass, a cast, an exception caught...),
 * a method or a field, with the source file and line it was found at.
 *
 * <p>Example: {@code Reference.toMember(Kind.METHOD, "java.lang.System", "exit", "(I)V")}
 *
 * @param owner the class, as Java's binary name ({@code java.util.Map$Entry})
 * @param member the method or field name, {@code <init>} for a constructor; empty for a class
 * @param descriptor the member's JVM descriptor; empty for a class
 * @param source the source file it was found in, as the class file names it ({@code TwoSum.java})
 * @param line the source line, or 0 when the class file does not say
 */
public record Reference(Kind kind, String owner, String member, String descriptor, String source, int line) {

    /** What is referred to. */
    public enum Kind {
        CLASS,
        METHOD,
        FIELD
    }

    public static Reference toClass(String owner) {
        return new Reference(Kind.CLASS, owner, "", "", "", 0);
    }

    public static Reference toMember(Kind kind, String owner, String member, String descriptor) {
        return new Reference(kind, owner, member, descriptor, "", 0);
    }

    /** The same member, as declared by another class (a superclass or an interface of the owner). */
    Reference declaredBy(String declaringClass) {
        return new Reference(kind, declaringClass, member, descriptor, source, line);
    }

    /** How a person reads it: {@code java.lang.System#exit}, {@code new java.lang.Thread}, {@code java.io.File}. */
    public String display() {
        if (kind == Kind.CLASS) {
            return owner;
        }
        return member.equals("<init>") ? "new " + owner : owner + "#" + member;
    }
}
