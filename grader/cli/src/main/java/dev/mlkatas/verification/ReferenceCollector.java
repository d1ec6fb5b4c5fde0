package dev.mlkatas.verification;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.ConstantDynamic;
import org.objectweb.asm.FieldVisitor;
import org.objectweb.asm.Handle;
import org.objectweb.asm.Label;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.RecordComponentVisitor;
import org.objectweb.asm.Type;

/**
 * Lists everything one compiled class refers to: its superclass and interfaces, the types of its fields and
 * methods, and every class, method and field its code uses, each with the source line.
 *
 * <p>Example: {@code ReferenceCollector.collect(Files.readAllBytes(classFile))}
 *
 * <p>An {@code invokedynamic} is taken apart: the bootstraps javac uses for lambdas and method references,
 * string concatenation and records' {@code toString}, {@code equals} and {@code hashCode} are part of the
 * language, and what they call (a method reference's target) is listed as a reference of its own; any other
 * bootstrap, a method handle constant and a dynamic constant are listed as references to
 * {@code java.lang.invoke}, which is denied.
 */
public final class ReferenceCollector extends ClassVisitor {

    private static final Set<String> LANGUAGE_BOOTSTRAPS = Set.of(
            "java/lang/invoke/LambdaMetafactory", "java/lang/invoke/StringConcatFactory",
            "java/lang/runtime/ObjectMethods");

    private final List<Reference> references = new ArrayList<>();
    private String source = "";
    private int line;

    private ReferenceCollector() {
        super(Opcodes.ASM9);
    }

    /** Every reference of the class file, in the order they appear. */
    public static List<Reference> collect(byte[] classFile) {
        ReferenceCollector collector = new ReferenceCollector();
        new ClassReader(classFile).accept(collector, ClassReader.SKIP_FRAMES);
        return List.copyOf(collector.references);
    }

    @Override
    public void visit(int version, int access, String name, String sig, String superName, String[] interfaces) {
        if (superName != null) {
            type(superName);
        }
        for (String i : interfaces) {
            type(i);
        }
    }

    @Override
    public void visitSource(String file, String debug) {
        source = file == null ? "" : file;
    }

    @Override
    public FieldVisitor visitField(int access, String name, String desc, String sig, Object value) {
        line = 0;
        descriptorTypes(Type.getType(desc));
        return null;
    }

    @Override
    public RecordComponentVisitor visitRecordComponent(String name, String desc, String sig) {
        line = 0;
        descriptorTypes(Type.getType(desc));
        return null;
    }

    @Override
    public MethodVisitor visitMethod(int access, String name, String desc, String sig, String[] exceptions) {
        line = 0;
        descriptorTypes(Type.getMethodType(desc));
        if (exceptions != null) {
            for (String e : exceptions) {
                type(e);
            }
        }
        return new MethodVisitor(Opcodes.ASM9) {
            @Override
            public void visitLineNumber(int number, Label start) {
                line = number;
            }

            @Override
            public void visitTypeInsn(int opcode, String type) {
                type(type);
            }

            @Override
            public void visitMultiANewArrayInsn(String desc, int dims) {
                descriptorTypes(Type.getType(desc));
            }

            @Override
            public void visitTryCatchBlock(Label start, Label end, Label handler, String type) {
                if (type != null) {
                    type(type);
                }
            }

            @Override
            public void visitFieldInsn(int opcode, String owner, String name, String desc) {
                member(Reference.Kind.FIELD, owner, name, desc);
            }

            @Override
            public void visitMethodInsn(int opcode, String owner, String name, String desc, boolean itf) {
                member(Reference.Kind.METHOD, owner, name, desc);
            }

            @Override
            public void visitLdcInsn(Object value) {
                constant(value);
            }

            @Override
            public void visitInvokeDynamicInsn(String name, String desc, Handle bootstrap, Object... args) {
                if (!LANGUAGE_BOOTSTRAPS.contains(bootstrap.getOwner())) {
                    handle(bootstrap);
                    return;
                }
                descriptorTypes(Type.getMethodType(desc));
                for (Object arg : args) {
                    if (arg instanceof Handle target) {
                        member(target.getTag() <= Opcodes.H_PUTSTATIC ? Reference.Kind.FIELD : Reference.Kind.METHOD,
                                target.getOwner(), target.getName(), target.getDesc());
                    } else {
                        constant(arg);
                    }
                }
            }
        };
    }

    private void constant(Object value) {
        if (value instanceof Type type) {
            descriptorTypes(type);
        } else if (value instanceof Handle handle) {
            handle(handle);
        } else if (value instanceof ConstantDynamic dynamic) {
            handle(dynamic.getBootstrapMethod());
        }
    }

    /** A method handle made outside the language's own bootstraps: a reference to {@code java.lang.invoke}. */
    private void handle(Handle handle) {
        add(new Reference(Reference.Kind.CLASS, "java.lang.invoke.MethodHandle", "", "", source, line));
    }

    private void member(Reference.Kind kind, String owner, String name, String desc) {
        Type ownerType = Type.getObjectType(owner);
        if (ownerType.getSort() == Type.ARRAY) {
            // clone() and length of an array: only its element type matters.
            descriptorTypes(ownerType);
            return;
        }
        add(new Reference(kind, owner.replace('/', '.'), name, desc, source, line));
    }

    private void type(String internalName) {
        descriptorTypes(Type.getObjectType(internalName));
    }

    private void descriptorTypes(Type type) {
        switch (type.getSort()) {
            case Type.METHOD -> {
                descriptorTypes(type.getReturnType());
                for (Type argument : type.getArgumentTypes()) {
                    descriptorTypes(argument);
                }
            }
            case Type.ARRAY -> descriptorTypes(type.getElementType());
            case Type.OBJECT -> add(new Reference(Reference.Kind.CLASS, type.getClassName(), "", "", source, line));
            default -> { }
        }
    }

    private void add(Reference reference) {
        references.add(reference);
    }
}
