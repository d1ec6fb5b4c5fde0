package dev.mlkatas.verification;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.objectweb.asm.Type;

/**
 * Checks every reference of a candidate's compiled classes: first against {@link DeniedReferences}, then
 * against the kata's {@link AllowList}. A member is checked both as named (through the class the code calls
 * it on) and at the class that declares it, so a subclass cannot launder a denied method.
 *
 * <p>Example: {@code new BytecodeVerifier(allowList, library).verify(classes)} is empty when every reference
 * is allowed.
 */
public final class BytecodeVerifier {

    /**
     * One compiled candidate class: its binary name, the candidate file it came from as reports name it, and
     * its bytes.
     */
    public record CandidateClass(String className, String file, byte[] bytes) {}

    static final String ALLOWLIST = "the JDK's values, strings, math, collections, functions, streams and printing, "
            + "the kata's provided classes, and the allow list of its kata.yaml";

    private final AllowList allowList;
    private final ClassLibrary library;

    public BytecodeVerifier(AllowList allowList, ClassLibrary library) {
        this.allowList = allowList;
        this.library = library;
    }

    /** The first refused reference of the classes, in their order, if any. */
    public Optional<Refusal> verify(List<CandidateClass> classes) {
        return refusals(classes, true).stream().findFirst();
    }

    /** Every refused reference of the classes, each once, for a maintainer who adds a kata's allow list. */
    public List<Refusal> refusals(List<CandidateClass> classes) {
        return refusals(classes, false);
    }

    private List<Refusal> refusals(List<CandidateClass> classes, boolean firstOnly) {
        Map<String, Refusal> found = new LinkedHashMap<>();
        for (CandidateClass candidate : classes) {
            for (Reference reference : ReferenceCollector.collect(candidate.bytes())) {
                Optional<Refusal> refusal = check(candidate.file(), reference);
                if (refusal.isPresent()) {
                    found.putIfAbsent(refusal.get().reference(), refusal.get());
                    if (firstOnly) {
                        return List.copyOf(found.values());
                    }
                }
            }
        }
        return List.copyOf(found.values());
    }

    private Optional<Refusal> check(String file, Reference reference) {
        Reference declared = reference.declaredBy(library.declaringClass(reference));
        for (Reference named : List.of(reference, declared)) {
            Optional<DeniedReferences.Rule> rule = DeniedReferences.rule(named);
            if (rule.isPresent()) {
                return Optional.of(new Refusal(file, reference.line(), named.display(), rule.get().name(), true));
            }
        }
        if (reference.kind() == Reference.Kind.METHOD) {
            // A denied type passed to or returned by an allowed method (new Scanner(file)) is refused too.
            for (Reference type : descriptorTypes(reference)) {
                Optional<DeniedReferences.Rule> rule = DeniedReferences.rule(type);
                if (rule.isPresent()) {
                    return Optional.of(new Refusal(file, reference.line(), type.display(), rule.get().name(), true));
                }
            }
        }
        boolean allowed = allowList.isOwn(reference.owner()) && !allowList.isOwn(declared.owner())
                ? allowList.allows(declared)
                : allowList.allows(reference) || allowList.allows(declared);
        return allowed ? Optional.empty()
                : Optional.of(new Refusal(file, reference.line(), reference.display(), ALLOWLIST, false));
    }

    private static List<Reference> descriptorTypes(Reference method) {
        Type type = Type.getMethodType(method.descriptor());
        List<Reference> types = new ArrayList<>();
        List<Type> all = new ArrayList<>(List.of(type.getArgumentTypes()));
        all.add(type.getReturnType());
        for (Type t : all) {
            Type element = t.getSort() == Type.ARRAY ? t.getElementType() : t;
            if (element.getSort() == Type.OBJECT) {
                types.add(Reference.toClass(element.getClassName()));
            }
        }
        return types;
    }
}
