package dev.neurona.repl.java;

import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.Handle;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;

/**
 * Rewrites a snippet's class so that its calls to {@code System.exit(int)},
 * {@code Runtime.exit(int)} and {@code Runtime.halt(int)} call {@link SnippetExit} instead: as
 * direct calls, as method references ({@code System::exit}) and as method-handle constants.
 * Each replacement takes the same arguments from the stack, so the code around it is unchanged.
 * A call through reflection, or inside a host class the snippet calls, is not rewritten.
 */
final class ExitRewriter {

    private static final String SYSTEM = "java/lang/System";
    private static final String RUNTIME = "java/lang/Runtime";
    private static final String GUARD = SnippetExit.class.getName().replace('.', '/');
    private static final String EXIT = "(I)V";
    private static final String ON_RUNTIME = "(Ljava/lang/Runtime;I)V";

    private ExitRewriter() {}

    /** The class file {@code bytes} with every exit rewritten; the same bytes when it has none. */
    static byte[] rewrite(byte[] bytes) {
        ClassReader reader = new ClassReader(bytes);
        ClassWriter writer = new ClassWriter(reader, 0);
        boolean[] changed = new boolean[1];
        reader.accept(
                new ClassVisitor(Opcodes.ASM9, writer) {
                    @Override
                    public MethodVisitor visitMethod(
                            int access, String name, String descriptor, String signature, String[] exceptions) {
                        return new Calls(super.visitMethod(access, name, descriptor, signature, exceptions), changed);
                    }
                },
                0);
        return changed[0] ? writer.toByteArray() : bytes;
    }

    /** Whether {@code owner.name descriptor} ends the JVM. */
    private static boolean endsTheJvm(String owner, String name, String descriptor) {
        return EXIT.equals(descriptor)
                && (SYSTEM.equals(owner) && "exit".equals(name)
                        || RUNTIME.equals(owner) && ("exit".equals(name) || "halt".equals(name)));
    }

    private static final class Calls extends MethodVisitor {
        private final boolean[] changed;

        Calls(MethodVisitor next, boolean[] changed) {
            super(Opcodes.ASM9, next);
            this.changed = changed;
        }

        @Override
        public void visitMethodInsn(int opcode, String owner, String name, String descriptor, boolean isInterface) {
            if (endsTheJvm(owner, name, descriptor)) {
                changed[0] = true;
                super.visitMethodInsn(
                        Opcodes.INVOKESTATIC, GUARD, name, owner.equals(SYSTEM) ? EXIT : ON_RUNTIME, false);
                return;
            }
            super.visitMethodInsn(opcode, owner, name, descriptor, isInterface);
        }

        @Override
        public void visitInvokeDynamicInsn(String name, String descriptor, Handle bootstrap, Object... arguments) {
            Object[] rewritten = arguments.clone();
            for (int i = 0; i < rewritten.length; i++) {
                rewritten[i] = guarded(rewritten[i]);
            }
            super.visitInvokeDynamicInsn(name, descriptor, bootstrap, rewritten);
        }

        @Override
        public void visitLdcInsn(Object value) {
            super.visitLdcInsn(guarded(value));
        }

        /** A handle to an exit, as a handle to its stand-in; anything else as it is. */
        private Object guarded(Object constant) {
            if (constant instanceof Handle handle
                    && endsTheJvm(handle.getOwner(), handle.getName(), handle.getDesc())) {
                changed[0] = true;
                return new Handle(
                        Opcodes.H_INVOKESTATIC,
                        GUARD,
                        handle.getName(),
                        handle.getOwner().equals(SYSTEM) ? EXIT : ON_RUNTIME,
                        false);
            }
            return constant;
        }
    }
}
