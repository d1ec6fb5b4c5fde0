package dev.mlkatas.verification;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.FieldVisitor;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;

/**
 * The class files of a class path and of the running JDK, read (never loaded) to find which class declares a
 * member that a reference names through a subclass: {@code list.parallelStream()} names {@code ArrayList}, but
 * {@code Collection} declares it.
 *
 * <p>Example: {@code new ClassLibrary(List.of(classes)).declaringClass(reference)}
 */
public final class ClassLibrary implements AutoCloseable {

    private record Header(String superName, List<String> interfaces, Set<String> members) {}

    private final URLClassLoader files;
    private final Map<String, Optional<Header>> headers = new HashMap<>();

    /** The class files of {@code classpath} (folders and jars, first wins), then the JDK's. */
    public ClassLibrary(List<Path> classpath) {
        List<URL> urls = new ArrayList<>();
        for (Path entry : classpath) {
            try {
                urls.add(entry.toUri().toURL());
            } catch (MalformedURLException e) {
                throw new IllegalArgumentException("not a class path entry: " + entry, e);
            }
        }
        this.files = new URLClassLoader(urls.toArray(URL[]::new), ClassLoader.getPlatformClassLoader());
    }

    /**
     * The class that declares the referenced member, searching the owner, its superclasses, then its
     * interfaces; the owner itself when nothing declares it or the class files cannot be found.
     */
    public String declaringClass(Reference reference) {
        if (reference.kind() == Reference.Kind.CLASS) {
            return reference.owner();
        }
        String key = reference.member() + (reference.kind() == Reference.Kind.METHOD ? reference.descriptor() : "");
        Deque<String> queue = new ArrayDeque<>();
        Set<String> seen = new HashSet<>();
        // Superclasses first, the way the JVM resolves a member; then interfaces, breadth first.
        for (String type = reference.owner(); type != null; type = header(type).map(Header::superName).orElse(null)) {
            Optional<Header> header = header(type);
            if (header.isPresent() && header.get().members().contains(key)) {
                return type;
            }
            queue.add(type);
        }
        while (!queue.isEmpty()) {
            String type = queue.poll();
            for (String parent : header(type).map(Header::interfaces).orElse(List.of())) {
                if (seen.add(parent)) {
                    if (header(parent).map(h -> h.members().contains(key)).orElse(false)) {
                        return parent;
                    }
                    queue.add(parent);
                }
            }
        }
        return reference.owner();
    }

    private Optional<Header> header(String className) {
        return headers.computeIfAbsent(className, this::read);
    }

    private Optional<Header> read(String className) {
        try (InputStream in = files.getResourceAsStream(className.replace('.', '/') + ".class")) {
            if (in == null) {
                return Optional.empty();
            }
            ClassReader reader = new ClassReader(in);
            Set<String> members = new HashSet<>();
            reader.accept(new ClassVisitor(Opcodes.ASM9) {
                @Override
                public FieldVisitor visitField(int access, String name, String desc, String sig, Object value) {
                    members.add(name);
                    return null;
                }

                @Override
                public MethodVisitor visitMethod(int access, String name, String desc, String sig, String[] ex) {
                    members.add(name + desc);
                    return null;
                }
            }, ClassReader.SKIP_CODE | ClassReader.SKIP_DEBUG | ClassReader.SKIP_FRAMES);
            String superName = reader.getSuperName() == null ? null : reader.getSuperName().replace('/', '.');
            List<String> interfaces = new ArrayList<>();
            for (String i : reader.getInterfaces()) {
                interfaces.add(i.replace('/', '.'));
            }
            return Optional.of(new Header(superName, interfaces, members));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the class file of " + className, e);
        }
    }

    @Override
    public void close() {
        try {
            files.close();
        } catch (IOException e) {
            // Only read handles are open; nothing is lost.
        }
    }
}
